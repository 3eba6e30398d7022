import { parseRoadmap } from './parseRoadmap.js';

const now = '2026-03-15';

describe('reading a table of phases', () => {
  it('makes each row a phase when there is no feature column', () => {
    const { roadmap } = parseRoadmap('# R\n\n## Upcoming\n\n| Milestone | Date | Status | Description |\n|---|---|---|---|\n| Beta | March 2026 | In progress | Public beta |\n| GA | 2026-06-30 | Planned | General availability |\n', { now });
    expect(roadmap.phases).toEqual([
      { id: 'beta', title: 'Beta', status: 'in-progress', summary: 'Public beta', when: { start: '2026-03-01', end: '2026-03-31', precision: 'month', label: 'March 2026' }, groups: [], metrics: [] },
      { id: 'ga', title: 'GA', status: 'planned', summary: 'General availability', when: { start: '2026-06-30', end: '2026-06-30', precision: 'day', label: '2026-06-30' }, groups: [], metrics: [] },
    ]);
  });

  it('groups feature rows by their release, continuing a blank release cell', () => {
    const { roadmap } = parseRoadmap('| Release | Feature | Status |\n|---|---|---|\n| v1.0 | Login | Done |\n| | Signup | Done |\n| v1.1 | Billing | |\n', { now });
    expect(roadmap.phases.map((phase) => [phase.version, phase.status, phase.groups[0]?.items.map((item) => item.title)])).toEqual([
      ['v1.0', 'done', ['Login', 'Signup']],
      ['v1.1', 'planned', ['Billing']],
    ]);
  });
});
