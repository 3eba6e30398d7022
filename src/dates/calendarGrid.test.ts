import { addCalendarMonths, isCalendarMonth } from './calendarMonth.js';
import { getMonthGrid } from './getMonthGrid.js';
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

describe('calendar arithmetic at the edges of the supported range (#14)', () => {
  it('refuses year 0000 as a month', () => {
    expect(['0000-12', '0001-01', '9999-12'].map(isCalendarMonth)).toEqual([false, true, true]);
  });

  it('pages no further than 0001-01 and 9999-12, even by a million years', () => {
    expect([addCalendarMonths('9999-12', 1), addCalendarMonths('0001-01', -1), addCalendarMonths('2026-03', 12_000_000), addCalendarMonths('2026-03', -12_000_000)]).toEqual([
      '9999-12',
      '0001-01',
      '9999-12',
      '0001-01',
    ]);
  });

  it('moves focus no further than 9999-12-31 and 0001-01-01', () => {
    expect(moveCalendarDate('9999-12-31', 'day', 1)).toBe('9999-12-31');
    expect(moveCalendarDate('9999-12-31', 'year', 1)).toBe('9999-12-31');
    expect(moveCalendarDate('9999-12-30', 'weekEnd', 0, 1)).toBe('9999-12-31');
    expect(moveCalendarDate('0001-01-01', 'day', -1)).toBe('0001-01-01');
    expect(moveCalendarDate('0001-01-01', 'weekStart', 0, 0)).toBe('0001-01-01');
    expect(moveCalendarDate('2026-03-15', 'year', 1e9)).toBe('9999-12-31');
  });

  it('fills the last week of 9999 and the first of 0001 with outside days that still have a real date', () => {
    const december = getMonthGrid('9999-12', 0);
    expect(december.at(-1)!.map((day) => [day.date, day.isOutside])).toEqual([
      ['9999-12-26', false],
      ['9999-12-27', false],
      ['9999-12-28', false],
      ['9999-12-29', false],
      ['9999-12-30', false],
      ['9999-12-31', false],
      ['10000-01-01', true],
    ]);
    const january = getMonthGrid('0001-01', 0);
    expect(january[0]!.slice(0, 2).map((day) => [day.date, day.dayOfMonth, day.isOutside])).toEqual([
      ['0000-12-31', 31, true],
      ['0001-01-01', 1, false],
    ]);
  });
});
