import { parseRoadmap } from './parseRoadmap.js';

describe('assembling the roadmap', () => {
  it('makes ids unique across the whole roadmap', () => {
    const { roadmap } = parseRoadmap('# R\n\n## v1.0 - Core\n- Login\n- Login\n\n## v2.0 - Core\n- Login\n', { now: '2026-03-15' });
    expect([roadmap.phases.map((phase) => phase.id), roadmap.phases.flatMap((phase) => phase.groups.flatMap((group) => group.items.map((item) => item.id)))]).toEqual([
      ['v1-0-core', 'v2-0-core'],
      ['login', 'login-2', 'login-3'],
    ]);
  });

  it('derives a phase status from its items when nothing marks it', () => {
    const { roadmap } = parseRoadmap('# R\n\n## v1.0 - A\n- [x] a\n- [x] b\n\n## v2.0 - B\n- [ ] a - Deferred\n\n## v3.0 - C\n- [x] a\n- [ ] b\n', { now: '2026-03-15' });
    expect(roadmap.phases.map((phase) => phase.status)).toEqual(['done', 'deferred', 'in-progress']);
  });

  it('merges a version written again, but not a shorter version that only compares equal', () => {
    const { roadmap } = parseRoadmap('# R\n\n## v1.0 - Core\n- a\n\n## Beyond v1 — Plugins\n- b\n\n## v1.0 - Core notes\n- c\n', { now: '2026-03-15' });
    expect(roadmap.phases.map((phase) => [phase.version, phase.title, phase.groups.flatMap((group) => group.items.map((item) => item.title))])).toEqual([
      ['v1.0', 'Core', ['a', 'c']],
      ['v1', 'Beyond — Plugins', ['b']],
    ]);
  });
});
