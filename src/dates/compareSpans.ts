import type { DateSpan } from '../model/types.js';

// ISO calendar dates compare correctly as strings, so no Date (and no time zone) is involved.

/** Orders spans by start, then by end: a sort comparator. */
export function compareSpans(a: DateSpan, b: DateSpan): number {
  if (a.start !== b.start) return a.start < b.start ? -1 : 1;
  if (a.end !== b.end) return a.end < b.end ? -1 : 1;
  return 0;
}

/** Whether two spans share at least one day. */
export function spansOverlap(a: DateSpan, b: DateSpan): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/** Whether the day `iso` lies inside `span`. */
export function isDateInSpan(iso: string, span: DateSpan): boolean {
  return span.start <= iso && iso <= span.end;
}
