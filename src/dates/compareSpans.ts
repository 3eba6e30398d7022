import type { DateSpan } from '../model/types.js';
import { compareIsoDates } from './compareIsoDates.js';

// Dates compare as dates (compareIsoDates), so no Date (and no time zone) is involved.

/** Orders spans by start, then by end: a sort comparator. */
export function compareSpans(a: DateSpan, b: DateSpan): number {
  return compareIsoDates(a.start, b.start) || compareIsoDates(a.end, b.end);
}

/** Whether two spans share at least one day. */
export function spansOverlap(a: DateSpan, b: DateSpan): boolean {
  return compareIsoDates(a.start, b.end) <= 0 && compareIsoDates(b.start, a.end) <= 0;
}

/** Whether the day `iso` lies inside `span`. */
export function isDateInSpan(iso: string, span: Pick<DateSpan, 'start' | 'end'>): boolean {
  return compareIsoDates(span.start, iso) <= 0 && compareIsoDates(iso, span.end) <= 0;
}
