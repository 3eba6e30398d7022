import { de } from 'date-fns/locale/de';
import { enUS } from 'date-fns/locale/en-US';
import { fr } from 'date-fns/locale/fr';
import { formatMetricValue } from './formatMetricValue.js';

describe('formatMetricValue', () => {
  it('groups thousands for the locale', () => {
    expect(formatMetricValue(10_000, undefined, enUS)).toBe('10,000');
    expect(formatMetricValue(10_000, undefined, de)).toBe('10.000');
  });
  it('writes percentages the way the locale spaces them', () => {
    expect(formatMetricValue(99.9, '%', enUS)).toBe('99.9%');
    expect(formatMetricValue(99.9, '%', de)).toBe('99,9\u00a0%');
    expect(formatMetricValue(99.9, '%', fr)).toBe('99,9\u00a0%');
  });
  it.each([
    [87, 'ms', '87 ms'],
    [2.6, 's', '2.6 s'],
    [5, 'min', '5 min'],
    [1.5, 'h', '1.5 h'],
    [3, 'd', '3 d'],
    [512, 'B', '512 B'],
    [640, 'KB', '640 KB'],
    [14.5, 'MB', '14.5 MB'],
    [2, 'GB', '2 GB'],
    [1.25, 'TB', '1.25 TB'],
    [100_000, 'req/s', '100,000 req/s'],
    [3, 'x', '3x'],
    [7420, undefined, '7,420'],
  ])('formats %d %s as %s', (value, unit, expected) => {
    expect(formatMetricValue(value, unit, enUS)).toBe(expected);
  });
  it('puts the comparator before a target', () => {
    expect(formatMetricValue(100, 'ms', enUS, 'lt')).toBe('< 100 ms');
    expect(formatMetricValue(100, 'ms', enUS, 'lte')).toBe('≤ 100 ms');
    expect(formatMetricValue(1, 'GB', enUS, 'gt')).toBe('> 1 GB');
    expect(formatMetricValue(10_000, undefined, enUS, 'gte')).toBe('≥ 10,000');
    expect(formatMetricValue(0, undefined, enUS, 'eq')).toBe('= 0');
    expect(formatMetricValue(20, 'MB', de, 'lt')).toBe('< 20 MB');
  });
  it('keeps the precision a value was written with (issue 12), and defaults to en-US', () => {
    expect(formatMetricValue(99.999, '%')).toBe('99.999%');
    expect(formatMetricValue(99.999, '%', enUS, 'gte')).toBe('≥ 99.999%');
    expect(formatMetricValue(12.3456, 'ms')).toBe('12.3456 ms');
    expect(formatMetricValue(0.1 + 0.2, 's')).toBe('0.3 s');
  });
  it('writes millions and up compact, as authors do (issue 12)', () => {
    expect(formatMetricValue(1_500_000, undefined, enUS, 'gte')).toBe('≥ 1.5M');
    expect(formatMetricValue(2_000_000_000, 'req/s', enUS)).toBe('2B req/s');
    expect(formatMetricValue(10_000, undefined, enUS, 'gte')).toBe('≥ 10,000');
    expect(formatMetricValue(999_999, undefined, enUS)).toBe('999,999');
  });
  it('keeps extreme values to a short label in powers of ten (issue 12)', () => {
    expect(formatMetricValue(1e308, undefined, enUS)).toBe('1E308');
    expect(formatMetricValue(-1e308, 'ms', enUS, 'lt')).toBe('< -1E308 ms');
    expect(formatMetricValue(1e308, '%', enUS)).toBe('1E308%');
    expect(formatMetricValue(1e-300, 's', enUS)).toBe('1E-300 s');
    expect(formatMetricValue(Number.MAX_VALUE, undefined, enUS).length).toBeLessThan(24);
  });
});
