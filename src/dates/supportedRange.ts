import { compareIsoDates } from './compareIsoDates.js';

/** The first day a roadmap may name: `validateRoadmap` refuses anything earlier. */
export const MIN_ISO_DATE = '0001-01-01';

/** The last day a roadmap may name; projections and navigation stop here. */
export const MAX_ISO_DATE = '9999-12-31';

/** The first and last `YYYY-MM` month of the supported range. */
export const MIN_CALENDAR_MONTH = '0001-01';
export const MAX_CALENDAR_MONTH = '9999-12';

/**
 * `iso` moved into the supported range: days before 0001-01-01 become that day, days after
 * 9999-12-31 become that one. Past 9999 an ISO date needs a fifth digit, and every string
 * comparison of dates breaks (`"10000-01-01" < "9999-12-31"`), so nothing computed leaves the range.
 * @example clampIsoDate('10000-01-01') // '9999-12-31'
 */
export function clampIsoDate(iso: string): string {
  if (compareIsoDates(iso, MIN_ISO_DATE) < 0) return MIN_ISO_DATE;
  if (compareIsoDates(iso, MAX_ISO_DATE) > 0) return MAX_ISO_DATE;
  return iso;
}
