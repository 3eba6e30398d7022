import { parseRoadmap } from './parseRoadmap.js';

const now = '2026-03-15';

describe('reading criteria', () => {
  it('reads roadmap-wide metrics from bold-keyed bullets', () => {
    const { roadmap } = parseRoadmap('# R\n\n## Success Metrics\n\n### Technical\n- **Performance**: <100ms p95 latency\n- **Reliability**: 99.9%\n', { now });
    expect(roadmap.metrics.map(({ label, target, comparator, unit }) => ({ label, target, comparator, unit }))).toEqual([
      { label: 'p95 latency', target: 100, comparator: 'lt', unit: 'ms' },
      { label: 'Reliability', target: 99.9, comparator: 'gte', unit: '%' },
    ]);
  });

  it('sends v2.0 success criteria to the v2.0 phase and reports criteria naming no phase', () => {
    const { roadmap, diagnostics } = parseRoadmap('# R\n\n## v2.0 - Scale\n- a\n\n## v2.0 success criteria\n- 1M+ users\n\n## Phase 9 Exit Criteria\n- 10+ teams\n', { now });
    expect([roadmap.phases[0]?.metrics.map((metric) => metric.target), roadmap.metrics.map((metric) => metric.target), diagnostics]).toEqual([
      [1000000],
      [10],
      [{ line: 9, severity: 'warning', message: '"Phase 9 Exit Criteria" names a phase that is not in the roadmap; its metrics count as roadmap-wide' }],
    ]);
  });

  it('reports a roadmap-wide criterion without a number', () => {
    const { diagnostics } = parseRoadmap('# R\n\n## Success Criteria\n- Comprehensive documentation\n', { now });
    expect(diagnostics).toEqual([{ line: 4, severity: 'info', message: 'criterion "Comprehensive documentation" has no number, so it is not a metric, and no phase to hold it' }]);
  });
});
