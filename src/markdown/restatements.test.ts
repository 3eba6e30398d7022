import { parseRoadmap } from './parseRoadmap.js';

const now = '2026-03-15';

describe('phases restated in a summary', () => {
  it('merges a summary row naming a phase by number or title into that phase', () => {
    const markdown = `# R

## Phase 1: Foundation
- [x] Scaffold

## Phase 2: Sync
- [ ] Conflicts

## Progress

| Phase | Status |
|---|---|
| 1. Foundation | Complete |
| Phase 2 | Not started |
`;
    const { roadmap, diagnostics } = parseRoadmap(markdown, { now });
    expect(roadmap.phases.map((phase) => [phase.title, phase.status])).toEqual([
      ['Phase 1: Foundation', 'done'],
      ['Phase 2: Sync', 'planned'],
    ]);
    expect(diagnostics.filter((diagnostic) => diagnostic.message.includes('restates')).map((diagnostic) => diagnostic.line)).toEqual([13, 14]);
  });

  it('keeps an empty phase whose version differs from the one it shares a title with', () => {
    const { roadmap } = parseRoadmap('# R\n\n## v1.0 - Beta\n\n## v2.0 - Beta\n- a\n', { now });
    expect(roadmap.phases.map((phase) => phase.version)).toEqual(['v1.0', 'v2.0']);
  });
});
