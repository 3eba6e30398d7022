const DAY_MS = 86_400_000;

/**
 * Days since 1970-01-01 of an ISO calendar date, counted in UTC so no time zone can move a day:
 * the unit of every timeline offset.
 * @example dayNumber('1970-01-02') // 1
 */
export function dayNumber(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS;
}

/** The ISO calendar date of a day number. @example isoFromDayNumber(1) // '1970-01-02' */
export function isoFromDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
