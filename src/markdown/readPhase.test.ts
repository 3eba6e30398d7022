import { parseRoadmap } from './parseRoadmap.js';

const now = '2026-03-15';

describe('reading a phase', () => {
  it('reads an epic written as a heading as one item, with its status line and text', () => {
    const { roadmap } = parseRoadmap('# R\n\n## Q1 2026\n\n### Dark mode\nStatus: Done\nTheme switcher for all pages.\n\n### Plugins ❌\nDropped in favour of webhooks.\n', { now });
    expect(roadmap.phases[0]?.groups).toEqual([
      {
        items: [
          { id: 'dark-mode', title: 'Dark mode', status: 'done', detail: 'Theme switcher for all pages.' },
          { id: 'plugins', title: 'Plugins', status: 'cancelled', detail: 'Dropped in favour of webhooks.' },
        ],
      },
    ]);
  });

  it('gives a sub-section status line to its group, not to the phase', () => {
    const { roadmap } = parseRoadmap('# R\n\n## v1.0 - Core\n\n### Search\n**Status**: Completed\n- Index\n\n### Sync\n- Conflicts\n', { now });
    expect(roadmap.phases[0]?.groups.map((group) => [group.title, group.items.map((item) => item.status)])).toEqual([
      ['Search', ['done']],
      ['Sync', ['planned']],
    ]);
    expect(roadmap.phases[0]?.status).toEqual('in-progress');
  });

  it('takes the first paragraph as the summary and a status marker in it as the phase status', () => {
    const phase = parseRoadmap('# R\n\n## Current Status: v1.2.0 (December 2025)\n\n✅ **Production Ready** - All core features implemented\n', { now }).roadmap.phases[0];
    expect([phase?.title, phase?.status, phase?.summary]).toEqual(['Current Status', 'done', 'Production Ready - All core features implemented']);
  });

  it('reads a success-criteria lead-in as metrics and criteria without numbers as items', () => {
    const phase = parseRoadmap('# R\n\n## Milestone 1: Core (Week 1)\n\n**Success Criteria**: ✅ ALL MET\n- Container image < 20MB\n- Docs written\n', { now }).roadmap.phases[0];
    expect([phase?.metrics, phase?.groups]).toEqual([
      [{ id: 'container-image', label: 'Container image', target: 20, comparator: 'lt', unit: 'MB', status: 'done', text: 'Container image < 20MB' }],
      [{ title: 'Success Criteria', items: [{ id: 'docs-written', title: 'Docs written', status: 'done' }] }],
    ]);
  });

  it('reports a lead-in that no list follows', () => {
    const { diagnostics } = parseRoadmap('# R\n\n## v1.0 - Core\n\n**All Core Milestones**: COMPLETED\n', { now });
    expect(diagnostics).toEqual([{ line: 5, severity: 'info', message: '"All Core Milestones: COMPLETED" in "Core" is not followed by a list and was left out' }]);
  });
});
