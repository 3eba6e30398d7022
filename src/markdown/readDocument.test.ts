import { parseRoadmap } from './parseRoadmap.js';

const now = '2026-03-15';

function phaseTitles(markdown: string): string[] {
  return parseRoadmap(markdown, { now }).roadmap.phases.map((phase) => phase.title);
}

describe('reading the document', () => {
  it('reads the phases under a heading that gathers them, not the heading', () => {
    expect(phaseTitles('# R\n\n## Long-term Roadmap (Post v1.0.0)\n\n### v1.1.0 - Secrets\n- a\n\n### v1.2.0 - Backends\n- b\n')).toEqual(['Secrets', 'Backends']);
    expect(phaseTitles('# R\n\n## Short Term (Q1 2025)\n\n### v0.2 - Collaboration\n- a\n')).toEqual(['Collaboration']);
  });

  it('still reads a surely-phase heading inside a section kept out', () => {
    expect(phaseTitles('# R\n\n## Release History\n\n### v0.1.0 - Production Release (2026-02-09) ✅\n- a\n\n### 2026-02-01: Design decisions\n- b\n')).toEqual(['Production Release']);
  });

  it('reads a section with a timeline line as a phase', () => {
    const phase = parseRoadmap('# R\n\n## v1.0 - Core\n- a\n\n## 🌟 Research & Experimental Features\n\n**Timeline**: Ongoing R&D\n\n- WASI\n', { now }).roadmap.phases[1];
    expect([phase?.title, phase?.timeframe]).toEqual(['Research & Experimental Features', 'Ongoing R&D']);
  });

  it('reads headings at any level, and level-one headings as phases when they are', () => {
    expect(phaseTitles('# v1.0 — Launch (Q1 2026)\n- Login\n# v2.0 — Scale (Q3 2026)\n- Sharding\n')).toEqual(['Launch', 'Scale']);
    expect(phaseTitles('# R\n\n#### Q1 2026\n- a\n\n#### Q2 2026\n- b\n')).toEqual(['Q1 2026', 'Q2 2026']);
  });

  it('reads status headings as phases', () => {
    expect(parseRoadmap('# R\n\n## ✅ Completed\n- Login\n\n## 🚧 In Progress\n- [ ] Billing\n', { now }).roadmap.phases.map((phase) => [phase.title, phase.status])).toEqual([
      ['Completed', 'done'],
      ['In Progress', 'in-progress'],
    ]);
  });

  it('reads a changelog-style unreleased section as a phase', () => {
    const phase = parseRoadmap('# R\n\n## [Unreleased]\n### Added\n- Graph view\n', { now }).roadmap.phases[0];
    expect([phase?.title, phase?.timeframe, phase?.groups.map((group) => group.title)]).toEqual(['Unreleased', 'Unreleased', ['Added']]);
  });

  it('resolves year-less quarters under a year heading in that year', () => {
    const { roadmap } = parseRoadmap('# R\n\n## 2025\n\n### Q1\n- a\n\n### Q2\n- b\n', { now });
    expect(roadmap.phases.map((phase) => [phase.title, phase.when?.start, phase.when?.end])).toEqual([
      ['Q1', '2025-01-01', '2025-03-31'],
      ['Q2', '2025-04-01', '2025-06-30'],
    ]);
  });

  it('takes the summary from a vision section when there is no introduction', () => {
    const { roadmap } = parseRoadmap('# R\n\n## Vision\n\nA secure, lightweight sidecar.\n\nMore words.\n\n## v1.0 - Core\n- a\n', { now });
    expect(roadmap.summary).toEqual('A secure, lightweight sidecar.');
  });
});
