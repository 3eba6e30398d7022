import { spanBetween, spanOfDay, spanOfHalf, spanOfMonth, spanOfQuarter, spanOfWeek, spanOfYear } from './dateSpans.js';

describe('date spans', () => {
  it('builds a quarter from its first to its last day', () => {
    expect(spanOfQuarter(2026, 1, 'Q1 2026')).toEqual({ start: '2026-01-01', end: '2026-03-31', precision: 'quarter', label: 'Q1 2026' });
    expect(spanOfQuarter(2025, 4)).toEqual({ start: '2025-10-01', end: '2025-12-31', precision: 'quarter' });
  });

  it('knows February of a leap year', () => {
    expect(spanOfMonth(2024, 2)).toEqual({ start: '2024-02-01', end: '2024-02-29', precision: 'month' });
    expect(spanOfMonth(2025, 2)).toEqual({ start: '2025-02-01', end: '2025-02-28', precision: 'month' });
  });

  it('builds halves, years, days and weeks', () => {
    expect(spanOfHalf(2026, 2)).toEqual({ start: '2026-07-01', end: '2026-12-31', precision: 'half' });
    expect(spanOfYear(2027)).toEqual({ start: '2027-01-01', end: '2027-12-31', precision: 'year' });
    expect(spanOfDay('2025-12-25')).toEqual({ start: '2025-12-25', end: '2025-12-25', precision: 'day' });
    expect(spanOfWeek('2026-03-15', 1)).toEqual({ start: '2026-03-09', end: '2026-03-15', precision: 'week' });
    expect(spanOfWeek('2026-03-15', 0)).toEqual({ start: '2026-03-15', end: '2026-03-21', precision: 'week' });
  });

  it('joins a range with the precision of its coarser end', () => {
    expect(spanBetween(spanOfMonth(2024, 11), spanOfQuarter(2025, 1), 'Nov 2024 - Q1 2025')).toEqual({
      start: '2024-11-01',
      end: '2025-03-31',
      precision: 'quarter',
      label: 'Nov 2024 - Q1 2025',
    });
  });
});

describe('date spans of the first century', () => {
  it('keeps years 1–99 as written, not 1901–1999 (#14)', () => {
    expect(spanOfMonth(99, 2)).toEqual({ start: '0099-02-01', end: '0099-02-28', precision: 'month' });
    expect(spanOfQuarter(1, 1)).toEqual({ start: '0001-01-01', end: '0001-03-31', precision: 'quarter' });
    expect(spanOfHalf(50, 2)).toEqual({ start: '0050-07-01', end: '0050-12-31', precision: 'half' });
    expect(spanOfYear(4)).toEqual({ start: '0004-01-01', end: '0004-12-31', precision: 'year' });
  });
});
