import { addDays, getDay, startOfWeek } from 'date-fns';
import { monthOfDate, parseCalendarMonth } from './calendarMonth.js';
import { toIsoDate } from './isoDate.js';

/** First day of the week: 0 = Sunday … 6 = Saturday, as date-fns counts. */
export type WeekDay = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** One day of a month grid. */
export interface GridDay {
  /** ISO `YYYY-MM-DD`. */
  date: string;
  /** Day of the month, 1–31. */
  dayOfMonth: number;
  /** Day of the week, 0 = Sunday. */
  weekday: WeekDay;
  /** Whether the day belongs to the month before or after the one shown. */
  isOutside: boolean;
}

/**
 * The weeks of a `YYYY-MM` month, each seven days starting on `weekStartsOn`; leading and trailing
 * days of the adjacent months fill the first and last week and are flagged `isOutside`.
 * @example getMonthGrid('2026-02', 0).length // 4: February 2026 starts on a Sunday
 */
export function getMonthGrid(month: string, weekStartsOn: WeekDay = 0): GridDay[][] {
  const first = parseCalendarMonth(month);
  let day = startOfWeek(first, { weekStartsOn });
  const weeks: GridDay[][] = [];
  // A month spans four to six weeks; stop at the first week that starts after it.
  while (weeks.length === 0 || monthOfDate(toIsoDate(day)) === month) {
    const week: GridDay[] = [];
    for (let index = 0; index < 7; index += 1) {
      const date = toIsoDate(day);
      week.push({ date, dayOfMonth: day.getDate(), weekday: getDay(day) as WeekDay, isOutside: monthOfDate(date) !== month });
      day = addDays(day, 1);
    }
    weeks.push(week);
  }
  return weeks;
}
