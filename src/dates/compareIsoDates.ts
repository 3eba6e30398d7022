import { dayNumber } from './dayNumber.js';

/**
 * Orders two ISO calendar dates as dates: negative when `a` comes first, 0 on the same day. Dates
 * of the supported range (four-digit years) compare as strings, which is quick; a date written with
 * a longer or signed year (`10000-01-01`, which date arithmetic past 9999 gives) compares by day
 * number, where a string comparison would put it before `9999-12-31`.
 * @example compareIsoDates('10000-01-01', '9999-12-31') // 1
 */
export function compareIsoDates(a: string, b: string): number {
  if (a.length === 10 && b.length === 10) return a < b ? -1 : a > b ? 1 : 0;
  return Math.sign(dayNumber(a) - dayNumber(b));
}

/** The later of two ISO dates. */
export function laterIsoDate(a: string, b: string): string {
  return compareIsoDates(a, b) >= 0 ? a : b;
}

/** The earlier of two ISO dates. */
export function earlierIsoDate(a: string, b: string): string {
  return compareIsoDates(a, b) <= 0 ? a : b;
}
