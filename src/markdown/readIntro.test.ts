import { parseRoadmap } from './parseRoadmap.js';

const now = '2026-03-15';

describe('reading what stands outside the phases', () => {
  it('takes the first paragraph as the summary and finds Last Updated anywhere', () => {
    const { roadmap } = parseRoadmap('# R\n\nWhere we are going.\n\n## v1.0 - Core\n- a\n\n## Approval\n\n**Last Updated**: 2026-02-04\n', { now });
    expect([roadmap.summary, roadmap.updated]).toEqual(['Where we are going.', '2026-02-04']);
  });

  it('finds Last Updated in a block quote, and in italics in a footer', () => {
    expect(parseRoadmap('# R\n\n> Last updated: 2026-02-04\n> Baseline: v1.0\n\n## v1.0 - Core\n- a\n', { now }).roadmap.updated).toBe('2026-02-04');
    expect(parseRoadmap('# R\n\n## v1.0 - Core\n- a\n\n---\n\n*Last updated: February 4, 2026*\n', { now }).roadmap.updated).toBe('2026-02-04');
  });

  it('reads bold release lines named after the product, followed by a checklist', () => {
    const { roadmap } = parseRoadmap('# Orbit roadmap\n\n**Orbit 2.0**\n - [ ] Sync\n\n**Orbit 1.0**\n - [x] Login\n - [x] Export\n', { now });
    expect(roadmap.phases.map((phase) => [phase.title, phase.version, phase.status, phase.groups[0]?.items.length])).toEqual([
      ['Orbit 2.0', '2.0', 'planned', 1],
      ['Orbit 1.0', '1.0', 'done', 2],
    ]);
  });

  it('reads bold phase lines followed by a list', () => {
    const { roadmap } = parseRoadmap('# R\n\n**Phase 1 — Q1 2026** ✅\n- Login\n\n**Phase 2 — Q2 2026**\n- Billing\n', { now });
    expect(roadmap.phases.map((phase) => [phase.title, phase.status, phase.when?.label])).toEqual([
      ['Phase 1', 'done', 'Q1 2026'],
      ['Phase 2', 'planned', 'Q2 2026'],
    ]);
  });

  it('reads a list of dated lead-ins as phases', () => {
    const { roadmap } = parseRoadmap('# R\n\n- **Q1 2026**\n  - [x] Login\n- **Q2 2026**:\n  - Billing\n', { now });
    expect(roadmap.phases.map((phase) => [phase.title, phase.status, phase.groups[0]?.items.length])).toEqual([
      ['Q1 2026', 'done', 1],
      ['Q2 2026', 'planned', 1],
    ]);
  });

  it('reports items that belong to no phase', () => {
    const { diagnostics } = parseRoadmap('# R\n\n- stray\n\n## v1.0 - Core\n- a\n', { now });
    expect(diagnostics).toEqual([{ line: 3, severity: 'warning', message: '1 item(s) before the first phase belong to no phase and were left out' }]);
  });
});
