import type { Cadence } from './types.js';
import { CADENCE_UNITS } from './types.js';
import type { ValidationContext } from './validationContext.js';
import { childPath, describeValue, isRecord } from './validationContext.js';
import { readOptionalChoice, readOptionalString, readRequiredString, withFields } from './validationFields.js';

/** Checks a `Cadence`: a label and, when it has a period, a positive whole count of a known unit. */
export function validateCadence(ctx: ValidationContext, input: unknown, path: string): Cadence | undefined {
  if (!isRecord(input)) {
    ctx.report(path, `${describeValue(input)} is not a cadence (expected { label, every? })`);
    return undefined;
  }
  const label = readRequiredString(ctx, input, 'label', path);
  const text = readOptionalString(ctx, input, 'text', path);
  let every: Cadence['every'];
  if (input.every !== undefined) {
    const everyPath = childPath(path, 'every');
    if (!isRecord(input.every)) {
      ctx.report(everyPath, `${describeValue(input.every)} is not a period (expected { count, unit })`);
    } else {
      const { count } = input.every;
      const unit = readOptionalChoice(ctx, input.every, 'unit', everyPath, CADENCE_UNITS);
      if (input.every.unit === undefined) ctx.report(childPath(everyPath, 'unit'), 'is required');
      const countOk = typeof count === 'number' && Number.isInteger(count) && count > 0;
      if (!countOk) ctx.report(childPath(everyPath, 'count'), `${describeValue(count)} is not a positive whole number`);
      if (countOk && unit) every = withFields(input.every, { count, unit });
    }
  }
  if (label === undefined || (input.every !== undefined && every === undefined)) return undefined;
  return withFields<Cadence>(input, { label, every, text });
}
