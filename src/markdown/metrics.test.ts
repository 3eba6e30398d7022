import { canonicalUnit, parseMetric } from './metrics.js';

describe('parseMetric', () => {
  it('reads a ceiling in milliseconds before its label', () => {
    expect(parseMetric('<100ms p95 latency for secret operations')).toEqual({
      label: 'p95 latency for secret operations',
      target: 100,
      comparator: 'lt',
      unit: 'ms',
      text: '<100ms p95 latency for secret operations',
    });
  });

  it('reads a spaced comparator and a size unit after the label', () => {
    expect(parseMetric('Container image < 20MB')).toEqual({ label: 'Container image', target: 20, comparator: 'lt', unit: 'MB', text: 'Container image < 20MB' });
    expect(parseMetric('< 20MB')).toEqual({ label: '< 20MB', target: 20, comparator: 'lt', unit: 'MB', text: '< 20MB' });
  });

  it('reads a percentage as a floor', () => {
    expect(parseMetric('99.9% uptime')).toEqual({ label: 'uptime', target: 99.9, comparator: 'gte', unit: '%', text: '99.9% uptime' });
    expect(parseMetric('80%+ code coverage')).toEqual({ label: 'code coverage', target: 80, comparator: 'gte', unit: '%', text: '80%+ code coverage' });
  });

  it('reads thousands separators and a plus as a floor without unit', () => {
    expect(parseMetric('10,000+ GitHub stars')).toEqual({ label: 'GitHub stars', target: 10000, comparator: 'gte', text: '10,000+ GitHub stars' });
  });

  it('reads K and M multipliers and requests per second', () => {
    expect(parseMetric('100K+ requests/second throughput')).toEqual({ label: 'throughput', target: 100000, comparator: 'gte', unit: 'req/s', text: '100K+ requests/second throughput' });
    expect(parseMetric('1M+')).toEqual({ label: '1M+', target: 1000000, comparator: 'gte', text: '1M+' });
    expect(parseMetric('1M+ requests/second throughput')?.target).toEqual(1000000);
  });

  it('reads zero as a ceiling of 0', () => {
    expect(parseMetric('Zero critical vulnerabilities')).toEqual({ label: 'critical vulnerabilities', target: 0, comparator: 'lte', text: 'Zero critical vulnerabilities' });
  });

  it('reads a target note and keeps the rest as the label', () => {
    expect(parseMetric('Time to first sync (target: <5 minutes)')).toEqual({ label: 'Time to first sync', target: 5, comparator: 'lt', unit: 'min', text: 'Time to first sync (target: <5 minutes)' });
  });

  it('reads hours written out and a current value', () => {
    expect(parseMetric('< 48 hour response time on issues')).toEqual({ label: 'response time on issues', target: 48, comparator: 'lt', unit: 'h', text: '< 48 hour response time on issues' });
    expect(parseMetric('95% test coverage (current: 87%)')).toEqual({ label: 'test coverage', target: 95, comparator: 'gte', unit: '%', current: 87, text: '95% test coverage (current: 87%)' });
  });

  it('reads comparator words', () => {
    expect(parseMetric('at least 50 enterprise customers')).toEqual({ label: 'enterprise customers', target: 50, comparator: 'gte', text: 'at least 50 enterprise customers' });
    expect(parseMetric('p99 under 10ms')).toEqual({ label: 'p99', target: 10, comparator: 'lt', unit: 'ms', text: 'p99 under 10ms' });
  });

  it('keeps a value in mid-sentence inside the label', () => {
    expect(parseMetric('Active contributor community (100+ contributors)')).toEqual({
      label: 'Active contributor community (100+ contributors)',
      target: 100,
      comparator: 'gte',
      text: 'Active contributor community (100+ contributors)',
    });
  });

  it('does not take a bare number for a target', () => {
    expect(parseMetric('SOC 2 Type II certification')).toBeUndefined();
    expect(parseMetric('ISO 27001 certification')).toBeUndefined();
    expect(parseMetric('Comprehensive documentation')).toBeUndefined();
  });

  it('names a number-only metric after its key', () => {
    expect(parseMetric('99.9%', 'Reliability')).toEqual({ label: 'Reliability', target: 99.9, comparator: 'gte', unit: '%', text: '99.9%' });
  });
});

describe('canonicalUnit', () => {
  it('maps written units to the canonical ones', () => {
    expect(['milliseconds', 'secs', 'minutes', 'hrs', 'days', 'bytes', 'kb', 'GiB', 'TB', 'rps', 'X'].map(canonicalUnit)).toEqual(['ms', 's', 'min', 'h', 'd', 'B', 'KB', 'GB', 'TB', 'req/s', 'x']);
  });
});
