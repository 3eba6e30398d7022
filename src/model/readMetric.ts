import type { IdRegistry } from './createIdRegistry.js';
import { slugify } from './slugify.js';
import type { Metric } from './types.js';
import { COMPARATORS, STATUSES } from './types.js';
import type { ValidationContext } from './validationContext.js';
import { fieldsOf, modelFields, openRecord, report } from './validationContext.js';
import { optionalChoice, optionalNumber, optionalString, requiredString, withFields } from './validationFields.js';

const FIELDS = modelFields(['id', 'label', 'target', 'comparator', 'unit', 'current', 'status', 'text']);

/** Reads a `Metric`: a label, a finite target and a comparator; gives it a unique id. */
export function readMetric(ctx: ValidationContext, value: unknown, ids: IdRegistry): Metric | undefined {
  const before = ctx.issues.length;
  if (!openRecord(ctx, value, 'a metric (expected { label, target, comparator })')) return undefined;
  const input = value as Record<string, unknown>;
  const fields = fieldsOf(ctx, input, FIELDS);
  const label = requiredString(ctx, fields.label, 'label');
  const rawTarget = fields.target;
  const target = optionalNumber(ctx, rawTarget, 'target');
  if (rawTarget === undefined) report(ctx, 'is required (expected a number)', 'target');
  const rawComparator = fields.comparator;
  const comparator = optionalChoice(ctx, rawComparator, 'comparator', COMPARATORS);
  if (rawComparator === undefined) report(ctx, `is required (expected one of ${COMPARATORS.join(', ')})`, 'comparator');
  const unit = optionalString(ctx, fields.unit, 'unit');
  const current = optionalNumber(ctx, fields.current, 'current');
  const status = optionalChoice(ctx, fields.status, 'status', STATUSES);
  const text = optionalString(ctx, fields.text, 'text');
  const wantedId = optionalString(ctx, fields.id, 'id');
  if (label === undefined || target === undefined || comparator === undefined || ctx.issues.length > before) return undefined;
  const id = ids.claim(wantedId?.trim() || slugify(label, 'metric'));
  return withFields<Metric>(input, FIELDS, [id, label, target, comparator, unit, current, status, text]);
}
