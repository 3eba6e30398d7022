import type { DateSpan } from '../model/types.js';
import { compareIsoDates } from './compareIsoDates.js';
import { resolveNow } from './isoDate.js';

/** Where a span lies relative to a day. */
export type SpanTiming = 'past' | 'current' | 'future';

/**
 * Whether `span` has ended, is under way or is still ahead on the day `now`.
 * @example getSpanTiming(spanOfQuarter(2026, 1), '2026-03-15') // 'current'
 */
export function getSpanTiming(span: DateSpan, now: string | Date): SpanTiming {
  return getSpanTimingOn(span, resolveNow(now));
}

/** `getSpanTiming` for a day already resolved to ISO `YYYY-MM-DD`: what a view that checks every phase against one day calls. */
export function getSpanTimingOn(span: DateSpan, today: string): SpanTiming {
  if (compareIsoDates(span.end, today) < 0) return 'past';
  if (compareIsoDates(span.start, today) > 0) return 'future';
  return 'current';
}

/** Whether `span` ended before `now`. */
export function isSpanPast(span: DateSpan, now: string | Date): boolean {
  return getSpanTiming(span, now) === 'past';
}

/** Whether `now` falls inside `span`. */
export function isSpanCurrent(span: DateSpan, now: string | Date): boolean {
  return getSpanTiming(span, now) === 'current';
}

/** Whether `span` starts after `now`. */
export function isSpanFuture(span: DateSpan, now: string | Date): boolean {
  return getSpanTiming(span, now) === 'future';
}
