import type { Cadence } from './types.js';
import { CADENCE_UNITS } from './types.js';
import type { ValidationContext } from './validationContext.js';
import { childPath, describeValue, isRecord, ownField, refuseReservedKeys } from './validationContext.js';
import { readOptionalChoice, readOptionalString, readRequiredString, withFields } from './validationFields.js';

function readPeriod(ctx: ValidationContext, input: unknown, path: string): Cadence['every'] {
  if (!isRecord(input)) {
    ctx.report(path, `${describeValue(input)} is not a period (expected { count, unit })`);
    return undefined;
  }
  refuseReservedKeys(ctx, input, path);
  const count = ownField(input, 'count');
  const unit = readOptionalChoice(ctx, input, 'unit', path, CADENCE_UNITS);
  if (ownField(input, 'unit') === undefined) ctx.report(childPath(path, 'unit'), 'is required');
  const countOk = typeof count === 'number' && Number.isInteger(count) && count > 0;
  if (!countOk) ctx.report(childPath(path, 'count'), `${describeValue(count)} is not a positive whole number`);
  return countOk && unit ? withFields(input, { count, unit }) : undefined;
}

/** Reads a `Cadence`: a label and, when it has a period, a positive whole count of a known unit. */
export function readCadence(ctx: ValidationContext, input: unknown, path: string): Cadence | undefined {
  if (!isRecord(input)) {
    ctx.report(path, `${describeValue(input)} is not a cadence (expected { label, every? })`);
    return undefined;
  }
  const before = ctx.issues.length;
  refuseReservedKeys(ctx, input, path);
  const label = readRequiredString(ctx, input, 'label', path);
  const text = readOptionalString(ctx, input, 'text', path);
  const rawEvery = ownField(input, 'every');
  const every = rawEvery === undefined ? undefined : readPeriod(ctx, rawEvery, childPath(path, 'every'));
  if (label === undefined || ctx.issues.length > before) return undefined;
  return withFields<Cadence>(input, { label, every, text });
}
