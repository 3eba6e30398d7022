import { defaultMetricScale, evaluateMetric, meetsTarget, niceCeil } from './evaluateMetric.js';
import type { Metric } from './types.js';

const latency: Metric = { id: 'p95', label: 'p95 latency', target: 100, comparator: 'lt', unit: 'ms' };

describe('niceCeil', () => {
  it.each([
    [0.3, 0.3],
    [3, 3],
    [7, 8],
    [9.99, 10],
    [200, 200],
    [312, 400],
    [1600, 2000],
    [10_000, 10_000],
    [1_000_000, 1_000_000],
    [0, 1],
    [-5, 1],
  ])('rounds %d up to %d', (value, expected) => {
    expect(niceCeil(value)).toBe(expected);
  });
});

describe('defaultMetricScale', () => {
  it('puts an lt target mid-scale so an overshoot shows', () => {
    expect(defaultMetricScale(latency)).toEqual({ min: 0, max: 200 });
    expect(defaultMetricScale({ target: 800, comparator: 'lte', unit: 'ms' })).toEqual({ min: 0, max: 2000 });
  });
  it('runs percentages 0–100 whatever the comparator', () => {
    expect(defaultMetricScale({ target: 99.9, comparator: 'gte', unit: '%' })).toEqual({ min: 0, max: 100 });
    expect(defaultMetricScale({ target: 5, comparator: 'lt', unit: '%' })).toEqual({ min: 0, max: 100 });
  });
  it('counts a gte target up to the target rounded', () => {
    expect(defaultMetricScale({ target: 10_000, comparator: 'gte' })).toEqual({ min: 0, max: 10_000 });
    expect(defaultMetricScale({ target: 7, comparator: 'gt' })).toEqual({ min: 0, max: 8 });
  });
  it('gives a zero eq target a scale that fits the current value', () => {
    expect(defaultMetricScale({ target: 0, comparator: 'eq' })).toEqual({ min: 0, max: 2 });
    expect(defaultMetricScale({ target: 0, comparator: 'eq' }, 3)).toEqual({ min: 0, max: 6 });
  });
});

describe('meetsTarget', () => {
  it.each([
    ['lt', 99, true],
    ['lt', 100, false],
    ['lte', 100, true],
    ['lte', 101, false],
    ['gt', 101, true],
    ['gt', 100, false],
    ['gte', 100, true],
    ['gte', 99, false],
    ['eq', 100, true],
    ['eq', 100.5, false],
  ] as const)('%s 100 with %d is %s', (comparator, current, met) => {
    expect(meetsTarget(current, comparator, 100)).toBe(met);
  });
  it('treats float dust as equal', () => {
    expect(meetsTarget(0.1 + 0.2, 'eq', 0.3)).toBe(true);
  });
});

describe('evaluateMetric', () => {
  it('calls a latency under its lt target met, lower being better', () => {
    expect(evaluateMetric(latency, { current: 87 })).toEqual({ current: 87, ratio: 0.435, targetRatio: 0.5, state: 'met', scale: { min: 0, max: 200 } });
  });
  it('shows an overshoot past the target, and clamps only at a scale the host set', () => {
    expect(evaluateMetric(latency, { current: 150 })).toEqual({ current: 150, ratio: 0.75, targetRatio: 0.5, state: 'unmet', scale: { min: 0, max: 200 } });
    expect(evaluateMetric(latency, { current: 900 })).toEqual({ current: 900, ratio: 0.9, targetRatio: 0.1, state: 'unmet', scale: { min: 0, max: 1000 } });
    expect(evaluateMetric(latency, { current: 900, max: 200 }).ratio).toBe(1);
  });
  it('widens the default scale to hold the measured value (issue 12)', () => {
    const stars: Metric = { id: 'stars', label: 'GitHub stars', target: 10_000, comparator: 'gte', current: 12_000 };
    expect(evaluateMetric(stars)).toEqual({ current: 12_000, ratio: 1, targetRatio: 10_000 / 12_000, state: 'met', scale: { min: 0, max: 12_000 } });
    expect(evaluateMetric({ ...stars, current: 13_000 }).scale).toEqual({ min: 0, max: 15_000 });
    expect(evaluateMetric({ ...stars, current: -40 }).scale).toEqual({ min: -40, max: 11_960 });
    expect(evaluateMetric({ ...latency, unit: '%', target: 5, current: 120 }).scale).toEqual({ min: 0, max: 120 });
  });
  it.each([
    [1e308, 'gte', undefined],
    [1e308, 'lt', 1e308],
    [-1e308, 'lt', undefined],
    [-1e308, 'gt', 1e308],
    [1e308, 'eq', -1e308],
    [Number.MAX_VALUE, 'lte', -Number.MAX_VALUE],
    [0, 'eq', Number.MAX_VALUE],
  ] as const)('keeps every number finite for a target of %d (%s) at %s (issue 12)', (target, comparator, current) => {
    const result = evaluateMetric({ id: 'x', label: 'x', target, comparator, current });
    for (const value of [result.ratio, result.targetRatio, result.scale.min, result.scale.max]) expect(Number.isFinite(value)).toBe(true);
    expect(result.scale.max).toBeGreaterThan(result.scale.min);
    expect(result.ratio).toBeGreaterThanOrEqual(0);
    expect(result.ratio).toBeLessThanOrEqual(1);
    if (current !== undefined) {
      expect(result.scale.min).toBeLessThanOrEqual(current);
      expect(result.scale.max).toBeGreaterThanOrEqual(current);
    }
  });
  it('is unknown without a current value, and ignores NaN', () => {
    expect(evaluateMetric(latency)).toEqual({ current: undefined, ratio: 0, targetRatio: 0.5, state: 'unknown', scale: { min: 0, max: 200 } });
    expect(evaluateMetric(latency, { current: Number.NaN }).state).toBe('unknown');
  });
  it("uses the metric's own current value unless one is given", () => {
    expect(evaluateMetric({ ...latency, current: 120 }).state).toBe('unmet');
    expect(evaluateMetric({ ...latency, current: 120 }, { current: 80 }).state).toBe('met');
  });
  it('lets min and max override the scale', () => {
    expect(evaluateMetric(latency, { current: 87, min: 50, max: 150 })).toEqual({ current: 87, ratio: 0.37, targetRatio: 0.5, state: 'met', scale: { min: 50, max: 150 } });
  });
  it('widens an empty or inverted scale instead of dividing by zero', () => {
    expect(evaluateMetric(latency, { current: 87, min: 100, max: 100 }).scale).toEqual({ min: 100, max: 300 });
  });
  it('reads a star count against a gte target', () => {
    const stars: Metric = { id: 'stars', label: 'GitHub stars', target: 10_000, comparator: 'gte', current: 7420 };
    expect(evaluateMetric(stars)).toEqual({ current: 7420, ratio: 0.742, targetRatio: 1, state: 'unmet', scale: { min: 0, max: 10_000 } });
  });
});

describe('evaluateMetric at the edges of the doubles (#14)', () => {
  it.each([
    [{ target: -1e308, comparator: 'lt' as const }, undefined],
    [{ target: -9_055_675_239_161_120, comparator: 'gt' as const }, undefined],
    [{ target: 1e308, comparator: 'lt' as const }, -1e308],
    [{ target: Number.MAX_VALUE, comparator: 'gte' as const }, -Number.MAX_VALUE],
    [{ target: -Number.MAX_VALUE, comparator: 'eq' as const }, Number.MAX_VALUE],
    [{ target: 0, comparator: 'lte' as const }, Number.MAX_VALUE],
    [{ target: 5e-324, comparator: 'gt' as const }, -5e-324],
  ])('keeps a finite scale with two distinct bounds and ratios in 0–1 for %j, current %s', (fields, current) => {
    const result = evaluateMetric({ id: 'm', label: 'm', ...fields }, { current });
    expect(Number.isFinite(result.scale.min) && Number.isFinite(result.scale.max)).toBe(true);
    expect(result.scale.max).toBeGreaterThan(result.scale.min);
    for (const ratio of [result.ratio, result.targetRatio]) {
      expect(ratio).toBeGreaterThanOrEqual(0);
      expect(ratio).toBeLessThanOrEqual(1);
    }
  });

  it('rounds a scale past the largest double down to it', () => {
    expect(niceCeil(1.7e308)).toBe(Number.MAX_VALUE);
    expect(niceCeil(Number.POSITIVE_INFINITY)).toBe(Number.MAX_VALUE);
    expect(evaluateMetric({ id: 'm', label: 'm', target: 1e308, comparator: 'lt' }, { current: 1e308 })).toMatchObject({ scale: { min: 0, max: Number.MAX_VALUE }, targetRatio: 1e308 / Number.MAX_VALUE, state: 'unmet' });
  });
});

