import { addDays, addMonths, addWeeks, addYears, endOfWeek, startOfWeek } from 'date-fns';
import type { WeekDay } from './getMonthGrid.js';
import { parseIsoDate, toIsoDate } from './isoDate.js';

/** A step a date grid's keyboard can take. */
export type CalendarMove = 'day' | 'week' | 'month' | 'year' | 'weekStart' | 'weekEnd';

/**
 * The day reached from `iso` by a keyboard step: `amount` days, weeks, months or years (months and
 * years keep the day of the month, clamped: 31 January + 1 month is 28 February), or the start /
 * end of its week.
 * @example moveCalendarDate('2026-01-31', 'month', 1) // '2026-02-28'
 */
export function moveCalendarDate(iso: string, move: CalendarMove, amount: number, weekStartsOn: WeekDay = 0): string {
  const date = parseIsoDate(iso);
  switch (move) {
    case 'day':
      return toIsoDate(addDays(date, amount));
    case 'week':
      return toIsoDate(addWeeks(date, amount));
    case 'month':
      return toIsoDate(addMonths(date, amount));
    case 'year':
      return toIsoDate(addYears(date, amount));
    case 'weekStart':
      return toIsoDate(startOfWeek(date, { weekStartsOn }));
    case 'weekEnd':
      return toIsoDate(endOfWeek(date, { weekStartsOn }));
    default:
      return move satisfies never;
  }
}
