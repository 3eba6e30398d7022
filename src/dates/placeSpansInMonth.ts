import { getDaysInMonth } from 'date-fns';
import type { Phase } from '../model/types.js';
import { parseCalendarMonth } from './calendarMonth.js';
import { compareIsoDates } from './compareIsoDates.js';

/** Where a span release lies within one month. */
export interface SpanPlacement {
  phase: Phase;
  /** First day of the month it covers, 1-based. */
  startDay: number;
  /** Last day of the month it covers, inclusive. */
  endDay: number;
  /** Days in the month, so `(startDay - 1) / daysInMonth` places a band. */
  daysInMonth: number;
  /** It began before this month. */
  continuesBefore: boolean;
  /** It ends after this month. */
  continuesAfter: boolean;
}

/**
 * The span releases that overlap a `YYYY-MM` month, with the days of the month they cover, so a
 * calendar draws `Q1 2026` across January, February and March instead of on 1 January.
 * Compares ISO dates only (no `Date`), so no time zone can move a span.
 * @example placeSpansInMonth([v2_1_0], '2026-02') // [{ startDay: 1, endDay: 28, continuesBefore: true, continuesAfter: true, … }]
 */
export function placeSpansInMonth(spans: readonly Phase[], month: string): SpanPlacement[] {
  const daysInMonth = getDaysInMonth(parseCalendarMonth(month));
  const first = `${month}-01`;
  const last = `${month}-${String(daysInMonth).padStart(2, '0')}`;
  const placements: SpanPlacement[] = [];
  for (const phase of spans) {
    const when = phase.when;
    if (!when || compareIsoDates(when.end, first) < 0 || compareIsoDates(when.start, last) > 0) continue;
    const continuesBefore = compareIsoDates(when.start, first) < 0;
    const continuesAfter = compareIsoDates(when.end, last) > 0;
    placements.push({
      phase,
      startDay: continuesBefore ? 1 : Number(when.start.slice(-2)),
      endDay: continuesAfter ? daysInMonth : Number(when.end.slice(-2)),
      daysInMonth,
      continuesBefore,
      continuesAfter,
    });
  }
  return placements;
}
