import { dayNumber } from './dayNumber.js';
import { computeTimeScale, MAX_TIME_SCALE_TICKS, startOfZoomUnit, TIMELINE_ZOOMS } from './timeScale.js';

describe('computeTimeScale', () => {
  it('ticks whole months across a year boundary, February of a common year included', () => {
    expect(computeTimeScale({ start: '2025-11-10', end: '2026-02-05' }, 'month')).toEqual({
      zoom: 'month',
      start: '2025-11-01',
      end: '2026-02-28',
      days: 120,
      ticks: [
        { start: '2025-11-01', end: '2025-11-30', offset: 0, length: 30 },
        { start: '2025-12-01', end: '2025-12-31', offset: 30, length: 31 },
        { start: '2026-01-01', end: '2026-01-31', offset: 61, length: 31 },
        { start: '2026-02-01', end: '2026-02-28', offset: 92, length: 28 },
      ],
    });
  });

  it('ticks quarters from the quarter holding the first day to the one holding the last', () => {
    expect(computeTimeScale({ start: '2025-12-16', end: '2026-04-01' }, 'quarter')).toEqual({
      zoom: 'quarter',
      start: '2025-10-01',
      end: '2026-06-30',
      days: 273,
      ticks: [
        { start: '2025-10-01', end: '2025-12-31', offset: 0, length: 92 },
        { start: '2026-01-01', end: '2026-03-31', offset: 92, length: 90 },
        { start: '2026-04-01', end: '2026-06-30', offset: 182, length: 91 },
      ],
    });
  });

  it('ticks years, a leap year counting 366 days', () => {
    expect(computeTimeScale({ start: '2023-07-01', end: '2024-12-31' }, 'year')).toEqual({
      zoom: 'year',
      start: '2023-01-01',
      end: '2024-12-31',
      days: 731,
      ticks: [
        { start: '2023-01-01', end: '2023-12-31', offset: 0, length: 365 },
        { start: '2024-01-01', end: '2024-12-31', offset: 365, length: 366 },
      ],
    });
  });

  it('has no scale when nothing is dated', () => {
    expect(computeTimeScale(undefined, 'month')).toBeUndefined();
  });

  it('finds the first day of the unit holding a day', () => {
    expect(startOfZoomUnit('2026-05-20', 'month')).toBe('2026-05-01');
    expect(startOfZoomUnit('2026-05-20', 'quarter')).toBe('2026-04-01');
    expect(startOfZoomUnit('2026-12-31', 'quarter')).toBe('2026-10-01');
    expect(startOfZoomUnit('2026-05-20', 'year')).toBe('2026-01-01');
  });
});

describe('computeTimeScale on far dates (#14)', () => {
  it('ends a scale reaching 9999-12-31 on that day: no five-digit year, no endless loop', () => {
    const scale = computeTimeScale({ start: '9998-11-15', end: '9999-12-31' }, 'year')!;
    expect(scale.ticks.map((tick) => [tick.start, tick.end])).toEqual([
      ['9998-01-01', '9998-12-31'],
      ['9999-01-01', '9999-12-31'],
    ]);
    expect(scale.end).toBe('9999-12-31');
  });

  it('ticks several units at once rather than exceed the tick cap: months from 2026 to 9999 every ten years', () => {
    const scale = computeTimeScale({ start: '2026-01-01', end: '9999-12-31' }, 'month')!;
    expect(scale.ticks.length).toBeLessThanOrEqual(MAX_TIME_SCALE_TICKS);
    expect(scale.ticks.slice(0, 2)).toEqual([
      { start: '2020-01-01', end: '2029-12-31', offset: 0, length: 3653 },
      { start: '2030-01-01', end: '2039-12-31', offset: 3653, length: 3652 },
    ]);
    expect(scale.ticks.at(-1)!.end).toBe('9999-12-31');
    expect(scale.days).toBe(dayNumber('9999-12-31') - dayNumber('2020-01-01') + 1);
  });

  it('covers the whole supported range, 0001 to 9999, in at most the cap', () => {
    for (const zoom of TIMELINE_ZOOMS) {
      const scale = computeTimeScale({ start: '0001-01-01', end: '9999-12-31' }, zoom)!;
      expect(scale.start).toBe('0001-01-01');
      expect(scale.end).toBe('9999-12-31');
      expect(scale.ticks.length).toBeLessThanOrEqual(MAX_TIME_SCALE_TICKS);
    }
  });

  it('keeps the unit ticks of an axis under the cap', () => {
    expect(computeTimeScale({ start: '2000-01-01', end: '2049-12-31' }, 'month')!.ticks).toHaveLength(600);
  });
});
