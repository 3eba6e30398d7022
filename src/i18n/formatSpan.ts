import type { Locale } from 'date-fns';
import { dayNumber } from '../dates/dayNumber.js';
import { parseIsoDate } from '../dates/isoDate.js';
import type { DateSpan, Precision } from '../model/types.js';
import { enUSDateLocale } from './enUSDateLocale.js';
import { formatDate } from './formatDate.js';

function formatPoint(iso: string, precision: Precision, locale: Locale): string {
  const date = parseIsoDate(iso);
  switch (precision) {
    case 'day':
      return formatDate(date, 'd MMM yyyy', locale);
    case 'week':
      return formatDate(date, 'd MMM yyyy', locale);
    case 'month':
      return formatDate(date, 'LLL yyyy', locale);
    case 'quarter':
      return formatDate(date, 'QQQ yyyy', locale);
    case 'half':
      return `H${date.getMonth() < 6 ? 1 : 2} ${date.getFullYear()}`;
    case 'year':
      return formatDate(date, 'yyyy', locale);
    default:
      return precision satisfies never;
  }
}

/** Whether a week-precision span is one whole Monday-to-Sunday week, as `spanOfWeek` makes them. */
function isWholeWeek(span: DateSpan): boolean {
  return dayNumber(span.end) - dayNumber(span.start) === 6 && parseIsoDate(span.start).getDay() === 1;
}

/**
 * A span as a reader expects it, at the precision it was written: `9 Feb 2026`, `Feb 2025`,
 * `Q1 2026`, `H2 2026`, `2027`, or a range `Q4 2024 – Q1 2025`.
 * @example formatSpan({ start: '2026-01-01', end: '2026-03-31', precision: 'quarter' }) // 'Q1 2026'
 */
export function formatSpan(span: DateSpan, locale: Locale = enUSDateLocale): string {
  const first = formatPoint(span.start, span.precision, locale);
  const last = formatPoint(span.end, span.precision, locale);
  // Both ends of one month, quarter, half or year read the same; a week is named by its first day.
  return first === last || (span.precision === 'week' && isWholeWeek(span)) ? first : `${first} – ${last}`;
}
