import { addCalendarMonths } from './calendarMonth.js';

/** What a release calendar shows at once. */
export type CalendarView = 'month' | 'quarter' | 'year';

/** Every calendar view. */
export const CALENDAR_VIEWS = ['month', 'quarter', 'year'] as const satisfies readonly CalendarView[];

/** How many months a view shows, and so how far previous / next move. */
export function getViewLength(view: CalendarView): number {
  switch (view) {
    case 'month':
      return 1;
    case 'quarter':
      return 3;
    case 'year':
      return 12;
    default:
      return view satisfies never;
  }
}

/**
 * The `YYYY-MM` months a view shows around `month`: the month itself, its calendar quarter, or its
 * calendar year.
 * @example getViewMonths('2026-05', 'quarter') // ['2026-04', '2026-05', '2026-06']
 */
export function getViewMonths(month: string, view: CalendarView): string[] {
  const length = getViewLength(view);
  const monthIndex = Number(month.slice(5, 7)) - 1;
  const first = addCalendarMonths(month, -(monthIndex % length));
  return Array.from({ length }, (_, index) => addCalendarMonths(first, index));
}
