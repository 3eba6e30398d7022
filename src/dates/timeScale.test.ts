import { computeTimeScale, startOfZoomUnit } from './timeScale.js';
import { orderByTime } from './timelineLayout.js';

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

describe('orderByTime', () => {
  it('orders dated phases by start then end, ties in document order, undated ones last', () => {
    const q2 = { start: '2026-04-01', end: '2026-06-30', precision: 'quarter' as const };
    const q1 = { start: '2026-01-01', end: '2026-03-31', precision: 'quarter' as const };
    const jan = { start: '2026-01-01', end: '2026-01-31', precision: 'month' as const };
    expect(orderByTime([{ when: q2 }, {}, { when: q1 }, { when: jan }, {}, { when: q2 }])).toEqual([3, 2, 0, 5, 1, 4]);
    expect(orderByTime([{ when: jan }, { when: q1 }, { when: q2 }])).toEqual([0, 1, 2]);
  });
});
