import { addMonths, isValid } from 'date-fns';
import { parseIsoDate, toIsoDate } from './isoDate.js';
import { clampIsoDate, MAX_CALENDAR_MONTH, MIN_CALENDAR_MONTH } from './supportedRange.js';

// Year 0000 is outside the supported range, as in `isIsoDate`.
const CALENDAR_MONTH = /^(?!0000)(\d{4})-(0[1-9]|1[0-2])$/;

/**
 * Whether `value` is a calendar month written `YYYY-MM` (DESIGN.md: calendar months are strings).
 * @example isCalendarMonth('2025-12') // true
 */
export function isCalendarMonth(value: unknown): value is string {
  return typeof value === 'string' && CALENDAR_MONTH.test(value);
}

/** The month holding an ISO date: `'2025-12-25'` → `'2025-12'` (read from the end, so any year length works). */
export function monthOfDate(iso: string): string {
  return iso.slice(0, -3);
}

/** The first day of a `YYYY-MM` month as a local-midnight `Date`, for date-fns and the date labels. */
export function parseCalendarMonth(month: string): Date {
  return parseIsoDate(`${month}-01`);
}

/** Formats a `Date` as its local calendar month, `YYYY-MM`. */
export function toCalendarMonth(date: Date): string {
  return monthOfDate(toIsoDate(date));
}

/**
 * The month `amount` months after `month` (negative goes back), across year boundaries, kept
 * inside 0001-01 … 9999-12: a calendar does not page past the dates a roadmap can hold.
 * @example addCalendarMonths('2025-12', 1) // '2026-01'
 */
export function addCalendarMonths(month: string, amount: number): string {
  const moved = addMonths(parseCalendarMonth(month), amount);
  // Far past the range the Date itself turns invalid (beyond ±275,760 years).
  if (!isValid(moved)) return amount < 0 ? MIN_CALENDAR_MONTH : MAX_CALENDAR_MONTH;
  return monthOfDate(clampIsoDate(toIsoDate(moved)));
}
