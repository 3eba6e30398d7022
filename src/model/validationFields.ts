import { isIsoDate } from './isIsoDate.js';
import type { ValidationContext } from './validationContext.js';
import { childPath, describeValue, ownField, RESERVED_KEYS } from './validationContext.js';

/**
 * The longest array the validator walks (phases, items, metrics, cadences, tags each). A sparse
 * array such as `new Array(2 ** 32 - 1)` costs nothing to make but billions of steps to walk; no
 * real roadmap comes near this.
 */
export const MAX_ARRAY_LENGTH = 1_000_000;

/** A required non-empty string field; reports and returns `undefined` when it is not one. */
export function readRequiredString(
  ctx: ValidationContext,
  record: Record<string, unknown>,
  key: string,
  path: string,
): string | undefined {
  const value = ownField(record, key);
  if (typeof value === 'string' && value.trim() !== '') return value;
  const where = childPath(path, key);
  if (value === undefined) ctx.report(where, 'is required (expected a non-empty string)');
  else ctx.report(where, `${describeValue(value)} is not a non-empty string`);
  return undefined;
}

/** An optional string field; `undefined` when absent, reported when present but not a string. */
export function readOptionalString(
  ctx: ValidationContext,
  record: Record<string, unknown>,
  key: string,
  path: string,
): string | undefined {
  const value = ownField(record, key);
  if (value === undefined || typeof value === 'string') return value;
  ctx.report(childPath(path, key), `${describeValue(value)} is not a string`);
  return undefined;
}

/** An optional ISO calendar date field. */
export function readOptionalIsoDate(
  ctx: ValidationContext,
  record: Record<string, unknown>,
  key: string,
  path: string,
): string | undefined {
  const value = ownField(record, key);
  if (value === undefined || isIsoDate(value)) return value;
  ctx.report(childPath(path, key), `${describeValue(value)} is not a date (expected YYYY-MM-DD)`);
  return undefined;
}

/** An optional finite number field. */
export function readOptionalNumber(
  ctx: ValidationContext,
  record: Record<string, unknown>,
  key: string,
  path: string,
): number | undefined {
  const value = ownField(record, key);
  if (value === undefined || (typeof value === 'number' && Number.isFinite(value))) return value;
  ctx.report(childPath(path, key), `${describeValue(value)} is not a finite number`);
  return undefined;
}

/** An optional field whose value must be one of `choices`. */
export function readOptionalChoice<T extends string>(
  ctx: ValidationContext,
  record: Record<string, unknown>,
  key: string,
  path: string,
  choices: readonly T[],
): T | undefined {
  const value = ownField(record, key);
  if (value === undefined) return undefined;
  if (typeof value === 'string' && (choices as readonly string[]).includes(value)) return value as T;
  ctx.report(childPath(path, key), `${describeValue(value)} is not one of ${choices.map((c) => `"${c}"`).join(', ')}`);
  return undefined;
}

/**
 * An optional array field: `[]` when absent, the array when it is one, else reported and `[]`.
 * Array-likes and iterables are refused on purpose: the model is JSON.
 */
export function readOptionalArray(
  ctx: ValidationContext,
  record: Record<string, unknown>,
  key: string,
  path: string,
): unknown[] {
  const value = ownField(record, key);
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    ctx.report(childPath(path, key), `${describeValue(value)} is not an array`);
    return [];
  }
  if (value.length > MAX_ARRAY_LENGTH) {
    ctx.report(childPath(path, key), `${describeValue(value)} is longer than ${MAX_ARRAY_LENGTH.toLocaleString('en-US')} entries`);
    return [];
  }
  return value;
}

/** Reads each entry of an optional array field with `read`, keeping the valid ones. */
export function readEach<T>(
  ctx: ValidationContext,
  record: Record<string, unknown>,
  key: string,
  path: string,
  read: (entry: unknown, entryPath: string) => T | undefined,
): T[] {
  const valid: T[] = [];
  readOptionalArray(ctx, record, key, path).forEach((entry, index) => {
    const value = read(entry, childPath(childPath(path, key), index));
    if (value !== undefined) valid.push(value);
  });
  return valid;
}

/**
 * Copies `record` with the checked `fields` in place of the raw ones, so unknown fields survive.
 * Built key by key without `delete`, which would drop V8 objects into slow dictionary mode.
 * Reserved keys (`__proto__`, …) are never copied: assigning `__proto__` would set the prototype.
 */
export function withFields<T>(record: Record<string, unknown>, fields: Record<string, unknown>): T {
  // Same keys in the same order as `{ ...record, ...fields }` minus undefined checked fields.
  const result: Record<string, unknown> = {};
  for (const key of Object.keys(record)) {
    if (RESERVED_KEYS.has(key)) continue;
    const value = Object.hasOwn(fields, key) ? fields[key] : record[key];
    if (value !== undefined || !Object.hasOwn(fields, key)) result[key] = value;
  }
  for (const key of Object.keys(fields)) {
    if (!Object.hasOwn(record, key) && fields[key] !== undefined) result[key] = fields[key];
  }
  return result as T;
}
