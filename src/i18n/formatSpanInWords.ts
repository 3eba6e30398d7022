import type { Locale } from 'date-fns';
import { parseIsoDate } from '../dates/isoDate.js';
import { unitSpanOf } from '../dates/unitSpanOf.js';
import type { DateSpan, Precision } from '../model/types.js';
import { enUSDateLocale } from './enUSDateLocale.js';
import { formatDate } from './formatDate.js';

/** One end of a range, in words, at a precision (quarters and halves read as months). */
function endInWords(iso: string, precision: Precision, locale: Locale): string {
  const date = parseIsoDate(iso);
  switch (precision) {
    case 'day':
    case 'week':
      return formatDate(date, 'd MMMM yyyy', locale);
    case 'month':
    case 'quarter':
    case 'half':
      return formatDate(date, 'MMMM yyyy', locale);
    case 'year':
      return formatDate(date, 'yyyy', locale);
    default:
      return precision satisfies never;
  }
}

/** A whole unit in words: `16 December 2025`, `week of 9 March 2026`, `January to March 2026`. */
function unitInWords(span: DateSpan, locale: Locale): string {
  const start = parseIsoDate(span.start);
  switch (span.precision) {
    case 'day':
    case 'month':
    case 'year':
      return endInWords(span.start, span.precision, locale);
    case 'week':
      return `week of ${formatDate(start, 'd MMMM yyyy', locale)}`;
    case 'quarter':
    case 'half':
      return `${formatDate(start, 'MMMM', locale)} to ${formatDate(parseIsoDate(span.end), 'MMMM yyyy', locale)}`;
    default:
      return span.precision satisfies never;
  }
}

/**
 * A span as a screen reader should say it, with no abbreviations: `Q1 2026` is
 * `January to March 2026`, `2025-12-16` is `16 December 2025`, a range `from October 2024 to March 2025`.
 * @example formatSpanInWords({ start: '2026-01-01', end: '2026-03-31', precision: 'quarter' }) // 'January to March 2026'
 */
export function formatSpanInWords(span: DateSpan, locale: Locale = enUSDateLocale): string {
  const whole = unitSpanOf(span.start, span.precision);
  if (whole.start === span.start && whole.end === span.end) return unitInWords(span, locale);
  const first = endInWords(span.start, span.precision, locale);
  const last = endInWords(span.end, span.precision, locale);
  return first === last ? first : `from ${first} to ${last}`;
}
