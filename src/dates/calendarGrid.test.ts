import { addCalendarMonths, isCalendarMonth } from './calendarMonth.js';
import { getViewMonths } from './getViewMonths.js';
import { moveCalendarDate } from './moveCalendarDate.js';

describe('calendar month arithmetic', () => {
  it('accepts YYYY-MM months only', () => {
    expect(['2025-12', '2026-1', '2026-13', '2026-00', 202512].map(isCalendarMonth)).toEqual([true, false, false, false, false]);
  });

  it('adds months across year boundaries', () => {
    expect([addCalendarMonths('2025-12', 1), addCalendarMonths('2026-01', -1), addCalendarMonths('2026-03', 12)]).toEqual(['2026-01', '2025-12', '2027-03']);
  });

  it('gives the months of a quarter and a year view', () => {
    expect(getViewMonths('2026-12', 'quarter')).toEqual(['2026-10', '2026-11', '2026-12']);
    expect(getViewMonths('2026-07', 'year')).toHaveLength(12);
    expect(getViewMonths('2026-07', 'year')[0]).toBe('2026-01');
    expect(getViewMonths('2026-07', 'month')).toEqual(['2026-07']);
  });

  it('moves by day, week, month and year, and to the start and end of a week', () => {
    expect(moveCalendarDate('2024-02-28', 'day', 1)).toBe('2024-02-29');
    expect(moveCalendarDate('2024-02-29', 'year', 1)).toBe('2025-02-28');
    expect(moveCalendarDate('2026-03-29', 'week', 1)).toBe('2026-04-05');
    expect(moveCalendarDate('2026-03-18', 'weekStart', 0, 1)).toBe('2026-03-16');
    expect(moveCalendarDate('2026-03-18', 'weekEnd', 0, 1)).toBe('2026-03-22');
    expect(moveCalendarDate('2026-03-18', 'weekStart', 0, 0)).toBe('2026-03-15');
  });
});
