import { parseRoadmap } from './parseRoadmap.js';

describe('reading a release schedule', () => {
  it('reads bullets, plain sentences and tables into cadences', () => {
    const { roadmap } = parseRoadmap('# R\n\n## Release Cadence\n\n- **Minor Releases**: Every 2 months\n- Patch releases every week\n\n| Kind | When |\n|---|---|\n| LTS | Yearly |\n', { now: '2026-03-15' });
    expect(roadmap.cadences).toEqual([
      { label: 'Minor releases', every: { count: 2, unit: 'month' }, text: 'Minor Releases: Every 2 months' },
      { label: 'Patch releases', every: { count: 1, unit: 'week' }, text: 'Patch releases every week' },
      { label: 'LTS', every: { count: 1, unit: 'year' }, text: 'LTS | Yearly' },
    ]);
  });
});
