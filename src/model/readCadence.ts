import type { Cadence } from './types.js';
import { CADENCE_UNITS } from './types.js';
import type { ValidationContext } from './validationContext.js';
import { describeValue, fieldsOf, modelFields, openRecord, report } from './validationContext.js';
import { optionalChoice, optionalString, readNested, requiredString, withFields } from './validationFields.js';

const PERIOD_FIELDS = modelFields(['count', 'unit']);
const FIELDS = modelFields(['label', 'every', 'text']);

function readPeriod(ctx: ValidationContext, value: unknown): Cadence['every'] {
  if (!openRecord(ctx, value, 'a period (expected { count, unit })')) return undefined;
  const input = value as Record<string, unknown>;
  const fields = fieldsOf(ctx, input, PERIOD_FIELDS);
  const count = fields.count;
  const rawUnit = fields.unit;
  const unit = optionalChoice(ctx, rawUnit, 'unit', CADENCE_UNITS);
  if (rawUnit === undefined) report(ctx, 'is required', 'unit');
  const countOk = typeof count === 'number' && Number.isInteger(count) && count > 0;
  if (!countOk) report(ctx, `${describeValue(count)} is not a positive whole number`, 'count');
  return countOk && unit ? withFields(input, PERIOD_FIELDS, [count, unit]) : undefined;
}

/** Reads a `Cadence`: a label and, when it has a period, a positive whole count of a known unit. */
export function readCadence(ctx: ValidationContext, value: unknown): Cadence | undefined {
  const before = ctx.issues.length;
  if (!openRecord(ctx, value, 'a cadence (expected { label, every? })')) return undefined;
  const input = value as Record<string, unknown>;
  const fields = fieldsOf(ctx, input, FIELDS);
  const label = requiredString(ctx, fields.label, 'label');
  const text = optionalString(ctx, fields.text, 'text');
  const rawEvery = fields.every;
  const every = rawEvery === undefined ? undefined : readNested(ctx, rawEvery, 'every', readPeriod);
  if (label === undefined || ctx.issues.length > before) return undefined;
  return withFields<Cadence>(input, FIELDS, [label, every, text]);
}
