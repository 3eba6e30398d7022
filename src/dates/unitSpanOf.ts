import type { DateSpan, Precision } from '../model/types.js';
import { spanOfHalf, spanOfMonth, spanOfQuarter, spanOfWeek, spanOfYear } from './dateSpans.js';
import { parseIsoDate } from './isoDate.js';

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
