import type { DateSpan } from './types.js';
import { PRECISIONS } from './types.js';
import type { ValidationContext } from './validationContext.js';
import { openRecord, ownField, report } from './validationContext.js';
import { readOptionalChoice, readOptionalIsoDate, readOptionalString, withFields } from './validationFields.js';

const FIELDS = ['start', 'end', 'precision', 'label'];

/** Reads a `DateSpan`: both ends real ISO dates, start not after end, a known precision. */
export function readDateSpan(ctx: ValidationContext, value: unknown): DateSpan | undefined {
  const before = ctx.issues.length;
  if (!openRecord(ctx, value, 'a date span (expected { start, end, precision })')) return undefined;
  const input = value as Record<string, unknown>;
  const start = readOptionalIsoDate(ctx, input, 'start');
  const end = readOptionalIsoDate(ctx, input, 'end');
  if (ownField(input, 'start') === undefined) report(ctx, 'is required (expected YYYY-MM-DD)', 'start');
  if (ownField(input, 'end') === undefined) report(ctx, 'is required (expected YYYY-MM-DD)', 'end');
  const precision = readOptionalChoice(ctx, input, 'precision', PRECISIONS) ?? 'day';
  const label = readOptionalString(ctx, input, 'label');
  // Both ends passed isIsoDate: four-digit years, so they compare as strings.
  if (start && end && start > end) report(ctx, `"${end}" is before start "${start}"`, 'end');
  if (ctx.issues.length > before || !start || !end) return undefined;
  return withFields<DateSpan>(input, FIELDS, [start, end, precision, label]);
}
