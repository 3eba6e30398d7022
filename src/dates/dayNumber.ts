import { writeIsoDate } from './writeIsoDate.js';

/**
 * Days since 1970-01-01 of an ISO calendar date, by integer arithmetic on the proleptic Gregorian
 * calendar (Howard Hinnant's `days_from_civil`), so no time zone can move a day and no `Date` is
 * allocated: layouts call this twice per phase. The unit of every timeline offset. The month and
 * day are read from the end, so a year of any length (`10000-01-01`, `-0001-12-31`) counts too.
 * @example dayNumber('1970-01-02') // 1
 */
export function dayNumber(iso: string): number {
  // The usual `YYYY-MM-DD` is read by character codes: a layout calls this twice per phase, and
  // substrings would make six strings a phase. Other lengths (`10000-01-01`) take `Number`.
  const short = iso.length === 10;
  const month = short ? twoDigits(iso, 5) : Number(iso.slice(-5, -3));
  const day = short ? twoDigits(iso, 8) : Number(iso.slice(-2));
  const year = (short ? twoDigits(iso, 0) * 100 + twoDigits(iso, 2) : Number(iso.slice(0, -6))) - (month <= 2 ? 1 : 0);
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The number two digits from `start` write; NaN when either is not a digit, as `Number` would give. */
function twoDigits(text: string, start: number): number {
  const tens = text.charCodeAt(start) - 48;
  const ones = text.charCodeAt(start + 1) - 48;
  return tens >= 0 && tens <= 9 && ones >= 0 && ones <= 9 ? tens * 10 + ones : Number.NaN;
}

/** The ISO calendar date of a day number. @example isoFromDayNumber(1) // '1970-01-02' */
export function isoFromDayNumber(day: number): string {
  const date = new Date(day * 86_400_000);
  return writeIsoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}
