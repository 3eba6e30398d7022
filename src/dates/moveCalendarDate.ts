import { addDays, addMonths, addWeeks, addYears, endOfWeek, isValid, startOfWeek } from 'date-fns';
import type { WeekDay } from './getMonthGrid.js';
import { parseIsoDate, toIsoDate } from './isoDate.js';
import { clampIsoDate, MAX_ISO_DATE, MIN_ISO_DATE } from './supportedRange.js';

/** A step a date grid's keyboard can take. */
export type CalendarMove = 'day' | 'week' | 'month' | 'year' | 'weekStart' | 'weekEnd';

/**
 * The day reached from `iso` by a keyboard step: `amount` days, weeks, months or years (months and
 * years keep the day of the month, clamped: 31 January + 1 month is 28 February), or the start /
 * end of its week. The day reached stays inside 0001-01-01 … 9999-12-31: the grid stops at the
 * edges of the dates a roadmap can hold.
 * @example moveCalendarDate('2026-01-31', 'month', 1) // '2026-02-28'
 */
export function moveCalendarDate(iso: string, move: CalendarMove, amount: number, weekStartsOn: WeekDay = 0): string {
  const moved = movedDate(parseIsoDate(iso), move, amount, weekStartsOn);
  // A step of millions of years leaves the range of `Date` itself.
  if (!isValid(moved)) return amount < 0 ? MIN_ISO_DATE : MAX_ISO_DATE;
  return clampIsoDate(toIsoDate(moved));
}

function movedDate(date: Date, move: CalendarMove, amount: number, weekStartsOn: WeekDay): Date {
  switch (move) {
    case 'day':
      return addDays(date, amount);
    case 'week':
      return addWeeks(date, amount);
    case 'month':
      return addMonths(date, amount);
    case 'year':
      return addYears(date, amount);
    case 'weekStart':
      return startOfWeek(date, { weekStartsOn });
    case 'weekEnd':
      return endOfWeek(date, { weekStartsOn });
    default:
      return move satisfies never;
  }
}
