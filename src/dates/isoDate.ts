import { isValid } from 'date-fns';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Whether `value` is a real calendar date written `YYYY-MM-DD` (`2026-02-30` is not).
 * @example isIsoDate('2024-02-29') // true
 */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) return false;
  // Plain arithmetic, no Date: validation checks every date of a 50,000-phase roadmap.
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
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
  // every host bundle; `setFullYear` keeps years below 100 from turning into 19xx.
  const match = ISO_DATE.exec(iso);
  if (!match) return new Date(Number.NaN);
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = new Date(2000, 0, 1);
  date.setFullYear(year, month - 1, day);
  // 2026-02-30 would roll over into March: not a real day.
  return date.getMonth() === month - 1 && date.getDate() === day ? date : new Date(Number.NaN);
}

/** Formats a `Date` as its local calendar day, `YYYY-MM-DD`. */
export function toIsoDate(date: Date): string {
  // Written by hand rather than with date-fns `format`, whose formatters weigh ~3 KiB gzipped;
  // it throws and writes years like `format(date, 'yyyy-MM-dd')` did (year 0 is 1 BC: `0001`).
  if (!isValid(date)) throw new RangeError('Invalid time value');
  const signedYear = date.getFullYear();
  const year = signedYear > 0 ? signedYear : 1 - signedYear;
  const pad = (value: number, length: number) => String(value).padStart(length, '0');
  return `${pad(year, 4)}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`;
}

/**
 * Resolves a `now` option to an ISO calendar date. An ISO string is taken as it is, so server and
 * client agree; a `Date` is read in the local zone; nothing falls back to the clock but `undefined`.
 */
export function resolveNow(now: string | Date | undefined): string {
  if (now === undefined) return toIsoDate(new Date());
  if (typeof now === 'string') {
    const day = now.slice(0, 10);
    if (isIsoDate(day)) return day;
    const parsed = new Date(now);
    return isValid(parsed) ? toIsoDate(parsed) : toIsoDate(new Date());
  }
  return isValid(now) ? toIsoDate(now) : toIsoDate(new Date());
}
