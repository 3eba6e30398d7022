import { checkMetric } from './checkMetric.js';

describe('checkMetric', () => {
  it('accepts a metric, keeping its fields', () => {
    expect(checkMetric({ id: 'p95', label: 'p95 latency', target: 100, comparator: 'lt', unit: 'ms' })).toEqual({
      ok: true,
      metric: { id: 'p95', label: 'p95 latency', target: 100, comparator: 'lt', unit: 'ms' },
    });
  });
  it('names each problem with its path inside the metric', () => {
    const result = checkMetric({ label: 'uptime', target: '99.9' });
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.issues.map((issue) => issue.path)).toEqual(['target', 'comparator']);
  });
  it('refuses what is not an object', () => {
    expect(checkMetric(undefined)).toEqual({ ok: false, issues: [{ path: '', message: 'undefined is not a metric (expected { label, target, comparator })' }] });
  });
});
