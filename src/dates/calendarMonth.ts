import { addMonths } from 'date-fns';
import { parseIsoDate } from './isoDate.js';

const CALENDAR_MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/**
 * Whether `value` is a calendar month written `YYYY-MM` (DESIGN.md: calendar months are strings).
 * @example isCalendarMonth('2025-12') // true
 */
export function isCalendarMonth(value: unknown): value is string {
  return typeof value === 'string' && CALENDAR_MONTH.test(value);
}

/** The month holding an ISO date: `'2025-12-25'` → `'2025-12'`. */
export function monthOfDate(iso: string): string {
  return iso.slice(0, 7);
}

/** The first day of a `YYYY-MM` month as a local-midnight `Date`, for date-fns and the date labels. */
export function parseCalendarMonth(month: string): Date {
  return parseIsoDate(`${month}-01`);
}

/** Formats a `Date` as its local calendar month, `YYYY-MM`. */
export function toCalendarMonth(date: Date): string {
  const month = String(date.getMonth() + 1).padStart(2, '0');
  return `${String(date.getFullYear()).padStart(4, '0')}-${month}`;
}

/**
 * The month `amount` months after `month` (negative goes back), across year boundaries.
 * @example addCalendarMonths('2025-12', 1) // '2026-01'
 */
export function addCalendarMonths(month: string, amount: number): string {
  return toCalendarMonth(addMonths(parseCalendarMonth(month), amount));
}
