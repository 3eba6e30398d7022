import type { Phase } from '../model/types.js';
import { monthOfDate } from './calendarMonth.js';
import { compareSpans } from './compareSpans.js';
import { compareIsoDates } from './compareIsoDates.js';

/** A roadmap's dated releases, grouped the way a calendar draws them. */
export interface CalendarReleases {
  /** Releases dated to one day (day precision), by ISO day, in document order. */
  byDay: Map<string, Phase[]>;
  /** The same single-day releases by `YYYY-MM` month, in date order. */
  byMonth: Map<string, Phase[]>;
  /**
   * Releases written more coarsely (week, month, quarter, half, year) or as a range of days, in
   * start order: drawn across their span, never pinned to its first day.
   */
  spans: Phase[];
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Splits dated phases into single-day releases (indexed by day and month) and spans; undated
 * phases (`Week 3`, `Later`) have no place on a calendar and are left out.
 * @example groupCalendarReleases(roadmap.phases).byDay.get('2025-12-16') // [v2.0.0 Foundations]
 */
export function groupCalendarReleases(phases: readonly Phase[]): CalendarReleases {
  const byDay = new Map<string, Phase[]>();
  const byMonth = new Map<string, Phase[]>();
  const spans: Phase[] = [];
  const days: Phase[] = [];
  for (const phase of phases) {
    const when = phase.when;
    if (!when) continue;
    if (when.precision === 'day' && when.start === when.end) days.push(phase);
    else spans.push(phase);
  }
  // A stable sort keeps document order among releases of the same day.
  days.sort((a, b) => compareIsoDates(a.when!.start, b.when!.start));
  for (const phase of days) {
    push(byDay, phase.when!.start, phase);
    push(byMonth, monthOfDate(phase.when!.start), phase);
  }
  spans.sort((a, b) => compareSpans(a.when!, b.when!));
  return { byDay, byMonth, spans };
}

/** Groups any dated things by a key (a day or a month). */
export function indexByKey<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) push(map, keyOf(item), item);
  return map;
}
