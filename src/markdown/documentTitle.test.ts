import { parseRoadmap } from './parseRoadmap.js';

const now = '2026-03-15';

function read(markdown: string): [string, string[]] {
  const { roadmap } = parseRoadmap(markdown, { now });
  return [roadmap.title, roadmap.phases.map((phase) => phase.title)];
}

describe('the document title', () => {
  it('is a single top heading at any level when there is no level-one heading', () => {
    expect(read('## Orbit Roadmap\n\n### Q1 2026\n- a\n\n### Q2 2026\n- b\n')).toEqual(['Orbit Roadmap', ['Q1 2026', 'Q2 2026']]);
  });

  it('is not the first of a row of level-one phases written alike', () => {
    expect(read('# Pilot Phase 0 (May 2025) - Completed\n- a\n\n# Pilot Phase 1 (June 2025)\n- b\n')).toEqual(['Roadmap', ['Pilot Phase 0', 'Pilot Phase 1']]);
  });

  it('is not the first of a row of level-one checklists', () => {
    expect(read('# Core\n- [x] a\n\n# Search\n- [ ] b\n')).toEqual(['Roadmap', ['Core', 'Search']]);
  });

  it('can be an HTML heading before the first markdown heading', () => {
    expect(read('<h1 align="center">🚀 Orbit &amp; Co</h1>\n\n## v1.0 - Launch\n- a\n\n## v2.0 - Scale\n- b\n')).toEqual(['Orbit & Co', ['Launch', 'Scale']]);
  });
});
