import { renderHook } from '@testing-library/react';
import { de } from 'date-fns/locale/de';
import type { Comparator, Metric } from '../model/types.js';
import { toAriaNumber, useMetricGauge } from './useMetricGauge.js';

const latency: Metric = { id: 'p95', label: 'p95 latency', target: 100, comparator: 'lt', unit: 'ms' };

describe('useMetricGauge', () => {
  it('announces a latency under its lt target as met, with value and unit', () => {
    const { result } = renderHook(() => useMetricGauge(latency, { current: 87 }));
    expect(result.current.ratio).toBe(0.435);
    expect(result.current.targetRatio).toBe(0.5);
    expect(result.current.state).toBe('met');
    expect(result.current.scale).toEqual({ min: 0, max: 200 });
    expect(result.current.formattedTarget).toBe('< 100 ms');
    expect(result.current.formattedCurrent).toBe('87 ms');
    const labelId = result.current.getLabelProps().id;
    expect(result.current.getMeterProps()).toEqual({
      role: 'meter',
      'aria-labelledby': labelId,
      'aria-valuemin': 0,
      'aria-valuemax': 200,
      'aria-valuenow': 87,
      'aria-valuetext': '87 ms, meets the target of < 100 ms',
      'data-state': 'met',
    });
  });

  it.each<[Comparator, number, 'met' | 'unmet', string, { min: number; max: number }]>([
    ['lt', 100, 'unmet', '< 100 ms', { min: 0, max: 200 }],
    ['lte', 100, 'met', '≤ 100 ms', { min: 0, max: 200 }],
    ['gt', 100, 'unmet', '> 100 ms', { min: 0, max: 100 }],
    ['gte', 100, 'met', '≥ 100 ms', { min: 0, max: 100 }],
    ['eq', 100, 'met', '= 100 ms', { min: 0, max: 200 }],
    ['eq', 99, 'unmet', '= 100 ms', { min: 0, max: 200 }],
  ])('honours %s when the value is %d', (comparator, current, state, formattedTarget, scale) => {
    const { result } = renderHook(() => useMetricGauge({ ...latency, comparator }, { current }));
    expect(result.current.state).toBe(state);
    expect(result.current.formattedTarget).toBe(formattedTarget);
    expect(result.current.scale).toEqual(scale);
    expect(result.current.getMeterProps()['aria-valuetext']).toBe(`${current} ms, ${state === 'met' ? 'meets' : 'misses'} the target of ${formattedTarget}`);
  });

  it.each([
    ['time', { target: 2, comparator: 'lt', unit: 's', current: 2.6 }, '< 2 s', '2.6 s', 'unmet', { min: 0, max: 4 }],
    ['percent', { target: 99.9, comparator: 'gte', unit: '%', current: 99.95 }, '≥ 99.9%', '99.95%', 'met', { min: 0, max: 100 }],
    ['bytes', { target: 20, comparator: 'lt', unit: 'MB', current: 24 }, '< 20 MB', '24 MB', 'unmet', { min: 0, max: 40 }],
    ['throughput', { target: 100_000, comparator: 'gte', unit: 'req/s', current: 82_000 }, '≥ 100,000 req/s', '82,000 req/s', 'unmet', { min: 0, max: 100_000 }],
    ['multiplier', { target: 3, comparator: 'gte', unit: 'x', current: 4 }, '≥ 3x', '4x', 'met', { min: 0, max: 4 }],
    ['count', { target: 10_000, comparator: 'gte', current: 7420 }, '≥ 10,000', '7,420', 'unmet', { min: 0, max: 10_000 }],
  ] as const)('formats the %s unit family', (_family, fields, formattedTarget, formattedCurrent, state, scale) => {
    const metric: Metric = { id: 'm', label: 'metric', ...fields };
    const { result } = renderHook(() => useMetricGauge(metric));
    expect(result.current.formattedTarget).toBe(formattedTarget);
    expect(result.current.formattedCurrent).toBe(formattedCurrent);
    expect(result.current.state).toBe(state);
    expect(result.current.scale).toEqual(scale);
  });

  it('widens its default scale so aria-valuenow is the measured value (issue 12)', () => {
    const { result } = renderHook(() => useMetricGauge(latency, { current: 450 }));
    expect(result.current.ratio).toBe(0.9);
    expect(result.current.getMeterProps()).toMatchObject({ 'aria-valuenow': 450, 'aria-valuemax': 500, 'aria-valuetext': '450 ms, misses the target of < 100 ms' });
    const stars: Metric = { id: 'stars', label: 'GitHub stars', target: 10_000, comparator: 'gte', current: 12_000 };
    const { result: starGauge } = renderHook(() => useMetricGauge(stars));
    expect(starGauge.current.getMeterProps()).toMatchObject({ 'aria-valuenow': 12_000, 'aria-valuemin': 0, 'aria-valuemax': 12_000 });
  });

  it('keeps aria-valuenow inside a scale the host set, while the value text tells the true overshoot', () => {
    const { result } = renderHook(() => useMetricGauge(latency, { current: 450, max: 200 }));
    expect(result.current.ratio).toBe(1);
    expect(result.current.getMeterProps()).toMatchObject({ 'aria-valuenow': 200, 'aria-valuetext': '450 ms, misses the target of < 100 ms' });
  });

  it('is a labelled group, not a meter, when there is no current value', () => {
    const { result } = renderHook(() => useMetricGauge(latency));
    expect(result.current.state).toBe('unknown');
    expect(result.current.ratio).toBe(0);
    expect(result.current.current).toBeUndefined();
    expect(result.current.formattedCurrent).toBeUndefined();
    expect(result.current.valueText).toBeUndefined();
    expect(result.current.formattedTarget).toBe('< 100 ms');
    expect(result.current.getMeterProps()).toEqual({ role: 'group', 'aria-labelledby': result.current.getLabelProps().id, 'data-state': 'unknown' });
  });

  it("prefers the current option over the metric's own value", () => {
    const { result } = renderHook(() => useMetricGauge({ ...latency, current: 120 }, { current: 60 }));
    expect(result.current.formattedCurrent).toBe('60 ms');
    expect(result.current.state).toBe('met');
  });

  it('applies min and max overrides to the meter range', () => {
    const { result } = renderHook(() => useMetricGauge(latency, { current: 87, min: 50, max: 150 }));
    expect(result.current.getMeterProps()).toMatchObject({ 'aria-valuemin': 50, 'aria-valuemax': 150, 'aria-valuenow': 87 });
    expect(result.current.ratio).toBe(0.37);
  });

  it('formats numbers for the locale', () => {
    const stars: Metric = { id: 'stars', label: 'GitHub stars', target: 10_000, comparator: 'gte', current: 7420.5 };
    const { result } = renderHook(() => useMetricGauge(stars, { locale: de }));
    expect(result.current.formattedTarget).toBe('≥ 10.000');
    expect(result.current.formattedCurrent).toBe('7.420,5');
  });

  it("merges the caller's props, keeping the meter semantics its own", () => {
    const { result } = renderHook(() => useMetricGauge(latency, { current: 87, labels: undefined }));
    const props = result.current.getMeterProps({ className: 'mine', role: 'presentation' } as never);
    expect(props).toMatchObject({ className: 'mine', role: 'meter' });
  });

  it('takes its value text from the labels', () => {
    const { result } = renderHook(() =>
      useMetricGauge(latency, {
        current: 87,
        labels: { meterValueText: (current: string, target: string, state: string) => `${current} / ${target} / ${state}` } as never,
      }),
    );
    expect(result.current.valueText).toBe('87 ms / < 100 ms / met');
  });
});

describe('toAriaNumber (issue 12)', () => {
  it('keeps ordinary numbers and writes exponents out as plain decimals', () => {
    expect(toAriaNumber(12_000)).toBe(12_000);
    expect(toAriaNumber(-0.5)).toBe(-0.5);
    expect(toAriaNumber(1e21)).toBe('1000000000000000000000');
    expect(toAriaNumber(-1e308)).toMatch(/^-1\d{308}$/);
    expect(toAriaNumber(1e-7)).toBe('0.0000001');
    expect(toAriaNumber(-2.5e-9)).toBe('-0.0000000025');
  });
});
