import {
  endOfMonth,
  endOfQuarter,
  endOfWeek,
  endOfYear,
  startOfMonth,
  startOfQuarter,
  startOfWeek,
  startOfYear,
} from 'date-fns';
import type { DateSpan, Precision } from '../model/types.js';
import { PRECISIONS } from '../model/types.js';
import { parseIsoDate, toIsoDate } from './isoDate.js';
import type { WeekDay } from './getMonthGrid.js';
import { localDay } from './localDay.js';

function makeSpan(start: Date, end: Date, precision: Precision, label?: string): DateSpan {
  const span: DateSpan = { start: toIsoDate(start), end: toIsoDate(end), precision };
  if (label !== undefined) span.label = label;
  return span;
}

/** The single day `iso`. @example spanOfDay('2025-12-25') // { start: '2025-12-25', end: '2025-12-25', precision: 'day' } */
export function spanOfDay(iso: string, label?: string): DateSpan {
  const day = parseIsoDate(iso);
  return makeSpan(day, day, 'day', label);
}

/** The week holding `iso`, starting on `weekStartsOn` (0 = Sunday, 1 = Monday). */
export function spanOfWeek(iso: string, weekStartsOn: WeekDay = 1, label?: string): DateSpan {
  const day = parseIsoDate(iso);
  return makeSpan(startOfWeek(day, { weekStartsOn }), endOfWeek(day, { weekStartsOn }), 'week', label);
}

/** A calendar month; `month` counts from 1. @example spanOfMonth(2024, 2) // 2024-02-01 … 2024-02-29 */
export function spanOfMonth(year: number, month: number, label?: string): DateSpan {
  const first = localDay(year, month - 1, 1);
  return makeSpan(startOfMonth(first), endOfMonth(first), 'month', label);
}

/** A calendar quarter, 1–4. @example spanOfQuarter(2026, 1) // 2026-01-01 … 2026-03-31 */
export function spanOfQuarter(year: number, quarter: number, label?: string): DateSpan {
  const first = localDay(year, (quarter - 1) * 3, 1);
  return makeSpan(startOfQuarter(first), endOfQuarter(first), 'quarter', label);
}

/** A half year, 1 or 2. @example spanOfHalf(2026, 2) // 2026-07-01 … 2026-12-31 */
export function spanOfHalf(year: number, half: number, label?: string): DateSpan {
  const first = localDay(year, (half - 1) * 6, 1);
  return makeSpan(first, endOfMonth(localDay(year, half * 6 - 1, 1)), 'half', label);
}

/** A calendar year. @example spanOfYear(2027) // 2027-01-01 … 2027-12-31 */
export function spanOfYear(year: number, label?: string): DateSpan {
  const first = localDay(year, 0, 1);
  return makeSpan(startOfYear(first), endOfYear(first), 'year', label);
}

/**
 * The span from the start of `from` to the end of `to` (`Q4 2024 - Q1 2025`), with the precision of
 * the coarser end, as DESIGN.md asks.
 */
export function spanBetween(from: DateSpan, to: DateSpan, label?: string): DateSpan {
  const precision = coarserPrecision(from.precision, to.precision);
  const span: DateSpan = { start: from.start, end: to.end, precision };
  if (label !== undefined) span.label = label;
  return span;
}

/** The coarser of two precisions (`month` vs `quarter` → `quarter`). */
export function coarserPrecision(a: Precision, b: Precision): Precision {
  return PRECISIONS.indexOf(a) >= PRECISIONS.indexOf(b) ? a : b;
}

/** Whether `a` is written more finely than `b` (`day` is finer than `month`). */
export function isFinerPrecision(a: Precision, b: Precision): boolean {
  return PRECISIONS.indexOf(a) < PRECISIONS.indexOf(b);
}
