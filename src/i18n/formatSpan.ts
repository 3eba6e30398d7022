import type { Locale } from 'date-fns';
import { spanOfHalf, spanOfMonth, spanOfQuarter, spanOfWeek, spanOfYear } from '../dates/dateSpans.js';
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

/** The whole day, week, month, quarter, half or year holding `iso`, at `precision`. */
export function unitSpanOf(iso: string, precision: Precision): DateSpan {
  const date = parseIsoDate(iso);
  const year = date.getFullYear();
  switch (precision) {
    case 'day':
      return { start: iso, end: iso, precision };
    case 'week':
      return spanOfWeek(iso);
    case 'month':
      return spanOfMonth(year, date.getMonth() + 1);
    case 'quarter':
      return spanOfQuarter(year, Math.floor(date.getMonth() / 3) + 1);
    case 'half':
      return spanOfHalf(year, date.getMonth() < 6 ? 1 : 2);
    case 'year':
      return spanOfYear(year);
    default:
      return precision satisfies never;
  }
}

/**
 * A span as a reader expects it, at the precision it was written: `9 Feb 2026`, `Feb 2025`,
 * `Q1 2026`, `H2 2026`, `2027`, or a range `Q4 2024 – Q1 2025`.
 * @example formatSpan({ start: '2026-01-01', end: '2026-03-31', precision: 'quarter' }) // 'Q1 2026'
 */
export function formatSpan(span: DateSpan, locale: Locale = enUSDateLocale): string {
  const whole = unitSpanOf(span.start, span.precision);
  if (whole.end === span.end && whole.start === span.start) return formatPoint(span.start, span.precision, locale);
  const first = formatPoint(span.start, span.precision, locale);
  const last = formatPoint(span.end, span.precision, locale);
  return first === last ? first : `${first} – ${last}`;
}
