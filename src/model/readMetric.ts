import type { IdRegistry } from './createIdRegistry.js';
import { slugify } from './slugify.js';
import type { Metric } from './types.js';
import { COMPARATORS, STATUSES } from './types.js';
import type { ValidationContext } from './validationContext.js';
import { childPath, openRecord, ownField } from './validationContext.js';
import {
  readOptionalChoice,
  readOptionalNumber,
  readOptionalString,
  readRequiredString,
  withFields,
} from './validationFields.js';

/** Reads a `Metric`: a label, a finite target and a comparator; gives it a unique id. */
export function readMetric(ctx: ValidationContext, value: unknown, path: string, ids: IdRegistry): Metric | undefined {
  const before = ctx.issues.length;
  const input = openRecord(ctx, value, path, 'a metric (expected { label, target, comparator })');
  if (!input) return undefined;
  const label = readRequiredString(ctx, input, 'label', path);
  const target = readOptionalNumber(ctx, input, 'target', path);
  if (ownField(input, 'target') === undefined) ctx.report(childPath(path, 'target'), 'is required (expected a number)');
  const comparator = readOptionalChoice(ctx, input, 'comparator', path, COMPARATORS);
  if (ownField(input, 'comparator') === undefined) {
    ctx.report(childPath(path, 'comparator'), `is required (expected one of ${COMPARATORS.join(', ')})`);
  }
  const unit = readOptionalString(ctx, input, 'unit', path);
  const current = readOptionalNumber(ctx, input, 'current', path);
  const status = readOptionalChoice(ctx, input, 'status', path, STATUSES);
  const text = readOptionalString(ctx, input, 'text', path);
  const wantedId = readOptionalString(ctx, input, 'id', path);
  if (label === undefined || target === undefined || comparator === undefined || ctx.issues.length > before) return undefined;
  const id = ids.claim(wantedId?.trim() || slugify(label, 'metric'));
  return withFields<Metric>(input, { id, label, target, comparator, unit, current, status, text });
}
