import { parseRoadmap } from './parseRoadmap.js';

const now = '2026-03-15';

function phases(markdown: string): [string, string | undefined, string][] {
  return parseRoadmap(markdown, { now }).roadmap.phases.map((phase) => [phase.title, phase.version, phase.status]);
}

describe('headings that gather phases', () => {
  it('are not phases, and a bucket of past releases makes what it gathers done', () => {
    expect(phases('# R\n\n## Upcoming releases\n\n### 0.9\n- Search\n\n## Completed releases\n\n### 0.8\n- Login\n\n### 0.7\n- Export\n')).toEqual([
      ['0.9', '0.9', 'planned'],
      ['0.8', '0.8', 'done'],
      ['0.7', '0.7', 'done'],
    ]);
  });

  it('hand down a status of their own, but not planned', () => {
    expect(phases('# R\n\n# Historical\n\n## v0.2 Sync\n- a\n\n# Planned\n\n## v0.3 Share\n- [x] b\n- [ ] c\n')).toEqual([
      ['Sync', 'v0.2', 'done'],
      ['Share', 'v0.3', 'in-progress'],
    ]);
  });
});

describe('a phase with numbered sections under it', () => {
  it('keeps sections that repeat or extend its number as its parts', () => {
    const { roadmap } = parseRoadmap('# R\n\n## Phase 1: Core (Q1 2026)\n\n### Phase 1 Goals\n- Fast start\n\n### 1.1 Login\n- Form\n\n### 1.2 Export\n- CSV\n\n## Phase 2: Scale\n- Shards\n', { now });
    expect(roadmap.phases.map((phase) => [phase.title, phase.groups.map((group) => group.title)])).toEqual([
      ['Phase 1: Core', ['Phase 1 Goals', '1.1 Login', '1.2 Export']],
      ['Phase 2: Scale', [undefined]],
    ]);
  });

  it('reads a release written a level too high as a phase beside the ones under it', () => {
    expect(phases('# R\n\n## 0.1.0 - First\n- [x] a\n\n# 0.2.0 - Second\n- [ ] b\n\n## 0.3.0 - Third\n- [ ] c\n')).toEqual([
      ['First', '0.1.0', 'done'],
      ['Second', '0.2.0', 'planned'],
      ['Third', '0.3.0', 'planned'],
    ]);
  });
});
