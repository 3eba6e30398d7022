import type { DateSpan } from './types.js';
import { PRECISIONS } from './types.js';
import type { ValidationContext } from './validationContext.js';
import { fieldsOf, modelFields, openRecord, report } from './validationContext.js';
import { optionalChoice, optionalIsoDate, optionalString, withFields } from './validationFields.js';

const FIELDS = modelFields(['start', 'end', 'precision', 'label']);

/** Reads a `DateSpan`: both ends real ISO dates, start not after end, a known precision. */
export function readDateSpan(ctx: ValidationContext, value: unknown): DateSpan | undefined {
  const before = ctx.issues.length;
  if (!openRecord(ctx, value, 'a date span (expected { start, end, precision })')) return undefined;
  const input = value as Record<string, unknown>;
  const fields = fieldsOf(ctx, input, FIELDS);
  const rawStart = fields.start;
  const start = optionalIsoDate(ctx, rawStart, 'start');
  const rawEnd = fields.end;
  const end = optionalIsoDate(ctx, rawEnd, 'end');
  if (rawStart === undefined) report(ctx, 'is required (expected YYYY-MM-DD)', 'start');
  if (rawEnd === undefined) report(ctx, 'is required (expected YYYY-MM-DD)', 'end');
  const precision = optionalChoice(ctx, fields.precision, 'precision', PRECISIONS) ?? 'day';
  const label = optionalString(ctx, fields.label, 'label');
  // Both ends passed isIsoDate: four-digit years, so they compare as strings.
  if (start && end && start > end) report(ctx, `"${end}" is before start "${start}"`, 'end');
  if (ctx.issues.length > before || !start || !end) return undefined;
  return withFields<DateSpan>(input, FIELDS, [start, end, precision, label]);
}
