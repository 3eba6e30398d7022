import type { Cadence } from './types.js';
import { CADENCE_UNITS } from './types.js';
import type { ValidationContext } from './validationContext.js';
import { childPath, describeValue, openRecord, ownField } from './validationContext.js';
import { readOptionalChoice, readOptionalString, readRequiredString, withFields } from './validationFields.js';

function readPeriod(ctx: ValidationContext, value: unknown, path: string): Cadence['every'] {
  const input = openRecord(ctx, value, path, 'a period (expected { count, unit })');
  if (!input) return undefined;
  const count = ownField(input, 'count');
  const unit = readOptionalChoice(ctx, input, 'unit', path, CADENCE_UNITS);
  if (ownField(input, 'unit') === undefined) ctx.report(childPath(path, 'unit'), 'is required');
  const countOk = typeof count === 'number' && Number.isInteger(count) && count > 0;
  if (!countOk) ctx.report(childPath(path, 'count'), `${describeValue(count)} is not a positive whole number`);
  return countOk && unit ? withFields(input, { count, unit }) : undefined;
}

/** Reads a `Cadence`: a label and, when it has a period, a positive whole count of a known unit. */
export function readCadence(ctx: ValidationContext, value: unknown, path: string): Cadence | undefined {
  const before = ctx.issues.length;
  const input = openRecord(ctx, value, path, 'a cadence (expected { label, every? })');
  if (!input) return undefined;
  const label = readRequiredString(ctx, input, 'label', path);
  const text = readOptionalString(ctx, input, 'text', path);
  const rawEvery = ownField(input, 'every');
  const every = rawEvery === undefined ? undefined : readPeriod(ctx, rawEvery, childPath(path, 'every'));
  if (label === undefined || ctx.issues.length > before) return undefined;
  return withFields<Cadence>(input, { label, every, text });
}
