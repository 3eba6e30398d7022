import type { IdRegistry } from './createIdRegistry.js';
import { slugify } from './slugify.js';
import type { Metric } from './types.js';
import { COMPARATORS, STATUSES } from './types.js';
import type { ValidationContext } from './validationContext.js';
import { openRecord, ownField, report } from './validationContext.js';
import { readOptionalChoice, readOptionalNumber, readOptionalString, readRequiredString, withFields } from './validationFields.js';

const FIELDS = ['id', 'label', 'target', 'comparator', 'unit', 'current', 'status', 'text'];

/** Reads a `Metric`: a label, a finite target and a comparator; gives it a unique id. */
export function readMetric(ctx: ValidationContext, value: unknown, ids: IdRegistry): Metric | undefined {
  const before = ctx.issues.length;
  if (!openRecord(ctx, value, 'a metric (expected { label, target, comparator })')) return undefined;
  const input = value as Record<string, unknown>;
  const label = readRequiredString(ctx, input, 'label');
  const target = readOptionalNumber(ctx, input, 'target');
  if (ownField(input, 'target') === undefined) report(ctx, 'is required (expected a number)', 'target');
  const comparator = readOptionalChoice(ctx, input, 'comparator', COMPARATORS);
  if (ownField(input, 'comparator') === undefined) report(ctx, `is required (expected one of ${COMPARATORS.join(', ')})`, 'comparator');
  const unit = readOptionalString(ctx, input, 'unit');
  const current = readOptionalNumber(ctx, input, 'current');
  const status = readOptionalChoice(ctx, input, 'status', STATUSES);
  const text = readOptionalString(ctx, input, 'text');
  const wantedId = readOptionalString(ctx, input, 'id');
  if (label === undefined || target === undefined || comparator === undefined || ctx.issues.length > before) return undefined;
  const id = ids.claim(wantedId?.trim() || slugify(label, 'metric'));
  return withFields<Metric>(input, FIELDS, [id, label, target, comparator, unit, current, status, text]);
}
