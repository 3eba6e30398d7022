import type { DateSpan } from './types.js';
import { PRECISIONS } from './types.js';
import type { ValidationContext } from './validationContext.js';
import { childPath, openRecord, ownField } from './validationContext.js';
import { readOptionalChoice, readOptionalIsoDate, readOptionalString, withFields } from './validationFields.js';

/** Reads a `DateSpan`: both ends real ISO dates, start not after end, a known precision. */
export function readDateSpan(ctx: ValidationContext, value: unknown, path: string): DateSpan | undefined {
  const before = ctx.issues.length;
  const input = openRecord(ctx, value, path, 'a date span (expected { start, end, precision })');
  if (!input) return undefined;
  const start = readOptionalIsoDate(ctx, input, 'start', path);
  const end = readOptionalIsoDate(ctx, input, 'end', path);
  if (ownField(input, 'start') === undefined) ctx.report(childPath(path, 'start'), 'is required (expected YYYY-MM-DD)');
  if (ownField(input, 'end') === undefined) ctx.report(childPath(path, 'end'), 'is required (expected YYYY-MM-DD)');
  const precision = readOptionalChoice(ctx, input, 'precision', path, PRECISIONS) ?? 'day';
  const label = readOptionalString(ctx, input, 'label', path);
  // Both ends passed isIsoDate: four-digit years, so they compare as strings.
  if (start && end && start > end) ctx.report(childPath(path, 'end'), `"${end}" is before start "${start}"`);
  if (ctx.issues.length > before || !start || !end) return undefined;
  return withFields<DateSpan>(input, { start, end, precision, label });
}
