import type { Phase } from '../model/types.js';
import { monthOfDate } from './calendarMonth.js';
import { isIsoDate } from '../model/isIsoDate.js';

/**
 * The month a release calendar opens on when the host names none: the month of the nearest
 * upcoming release (a release under way today counts from today), else the month the latest
 * release ended in, else today's. Opening on today's month would show an empty grid for most
 * roadmaps, whose releases sit in other months.
 * @example getOpeningMonth([{ when: { start: '2027-01-15', end: '2027-01-15', precision: 'day' } }], '2026-11-22') // '2027-01'
 */
export function getOpeningMonth(phases: readonly Pick<Phase, 'when'>[], today: string): string {
  let upcoming: string | undefined;
  let latest: string | undefined;
  for (const { when } of phases) {
    if (!when || !isIsoDate(when.start) || !isIsoDate(when.end)) continue;
    // ISO dates compare as strings.
    if (when.end >= today) {
      const from = when.start > today ? when.start : today;
      if (upcoming === undefined || from < upcoming) upcoming = from;
    } else if (latest === undefined || when.end > latest) {
      latest = when.end;
    }
  }
  return monthOfDate(upcoming ?? latest ?? today);
}
