import { isValid } from 'date-fns';
import { localDay } from './localDay.js';
import { clampIsoDate } from './supportedRange.js';
import { writeIsoDate } from './writeIsoDate.js';

// Date arithmetic at the edges of the supported range (the week around 0001-01-01 or 9999-12-31 in
// a month grid) yields days with a five-digit or signed year; they must still parse.
const EXTENDED_ISO_DATE = /^(-?\d{4,6})-(\d{2})-(\d{2})$/;

/**
 * Whether `value` is a real calendar date written `YYYY-MM-DD` (`2026-02-30` is not), from
 * 0001-01-01 to 9999-12-31: the range in which ISO dates compare as strings.
 * @example isIsoDate('2024-02-29') // true
 */
export function isIsoDate(value: unknown): value is string {
  // Read by character codes, no RegExp and no substrings: validation checks every date of a
  // 50,000-phase roadmap. `YYYY-MM-DD` exactly: ten characters, ASCII digits, two hyphens.
  if (typeof value !== 'string' || value.length !== 10) return false;
  if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  const year = digitsAt(value, 0, 4);
  const month = digitsAt(value, 5, 2);
  const day = digitsAt(value, 8, 2);
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** The number written by `count` ASCII digits from `start`, or -1 when one of them is not a digit. */
function digitsAt(text: string, start: number, count: number): number {
  let number = 0;
  for (let index = start; index < start + count; index += 1) {
    const digit = text.charCodeAt(index) - 48;
    if (digit < 0 || digit > 9) return -1;
    number = number * 10 + digit;
  }
  return number;
}

/** Days in a month of the proleptic Gregorian calendar (`month` 1–12). */
function daysInMonth(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

/**
 * Turns an ISO calendar date into a local-midnight `Date` for date-fns arithmetic, or an invalid
 * `Date` when `iso` is not a real `YYYY-MM-DD` day.
 * Local midnight (not UTC) keeps `format` and `getMonth` on the same calendar day in every zone.
 */
export function parseIsoDate(iso: string): Date {
  // Built from its parts rather than with date-fns `parse`, whose parsers weigh ~5 KiB gzipped in
  // every host bundle.
  const match = EXTENDED_ISO_DATE.exec(iso);
  if (!match) return new Date(Number.NaN);
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = localDay(year, month - 1, day);
  // 2026-02-30 would roll over into March: not a real day.
  return date.getMonth() === month - 1 && date.getDate() === day ? date : new Date(Number.NaN);
}

/**
 * Formats a `Date` as its local calendar day, `YYYY-MM-DD`; years before 1 in astronomical numbering
 * (`0000` is 1 BC), as ISO 8601 writes them, so a day before 0001-01-01 never reads as one after it.
 */
export function toIsoDate(date: Date): string {
  // Written by hand rather than with date-fns `format`, whose formatters weigh ~3 KiB gzipped.
  if (!isValid(date)) throw new RangeError('Invalid time value');
  return writeIsoDate(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/**
 * Resolves a `now` option to an ISO calendar date. An ISO string is taken as it is, so server and
 * client agree; a `Date` is read in the local zone; nothing falls back to the clock but `undefined`
 * or an invalid date. The day is kept inside 0001-01-01 … 9999-12-31, as every date of a roadmap is.
 */
export function resolveNow(now: string | Date | undefined): string {
  if (typeof now === 'string') {
    const day = now.slice(0, 10);
    if (isIsoDate(day)) return day;
    const parsed = new Date(now);
    return clampIsoDate(toIsoDate(isValid(parsed) ? parsed : new Date()));
  }
  return clampIsoDate(toIsoDate(now !== undefined && isValid(now) ? now : new Date()));
}
