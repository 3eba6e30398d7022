/**
 * Local midnight of a day of the proleptic Gregorian calendar (`monthIndex` from 0). Unlike
 * `new Date(year, monthIndex, day)`, years 0–99 stay years 0–99 instead of becoming 1900–1999.
 * Out-of-range parts roll over as `Date` does (month 12 is January of the next year).
 * @example localDay(99, 11, 31).getFullYear() // 99
 */
export function localDay(year: number, monthIndex: number, day: number): Date {
  const date = new Date(2000, 0, 1);
  date.setFullYear(year, monthIndex, day);
  return date;
}
