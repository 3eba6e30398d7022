import { format, isValid } from 'date-fns';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Whether `value` is a real calendar date written `YYYY-MM-DD` (`2026-02-30` is not).
 * @example isIsoDate('2024-02-29') // true
 */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  // Build the date from its parts so no time zone can move it, then check nothing rolled over.
  const date = new Date(year, month - 1, day);
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day;
}

/**
 * Turns an ISO calendar date into a local-midnight `Date` for date-fns arithmetic; anything that is
 * not a real `YYYY-MM-DD` date gives an invalid `Date`, as date-fns `parse` did.
 * Local midnight (not UTC) keeps `format` and `getMonth` on the same calendar day in every zone.
 * Built from its parts rather than with date-fns `parse`, which weighs about 6 KiB gzipped in a
 * host's bundle for this one pattern.
 */
export function parseIsoDate(iso: string): Date {
  if (!isIsoDate(iso)) return new Date(Number.NaN);
  const date = new Date(2000, 0, 1);
  // setFullYear, not the constructor: `new Date(99, 0, 1)` would mean 1999.
  date.setFullYear(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  return date;
}

/** Formats a `Date` as its local calendar day, `YYYY-MM-DD`. */
export function toIsoDate(date: Date): string {
  return format(date, 'yyyy-MM-dd');
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
