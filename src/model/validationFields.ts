import { isIsoDate } from './isIsoDate.js';
import type { ValidationContext } from './validationContext.js';
import { describeValue, report } from './validationContext.js';

/**
 * The longest array the validator walks (phases, items, metrics, cadences, tags each). A sparse
 * array such as `new Array(2 ** 32 - 1)` costs nothing to make but billions of steps to walk; no
 * real roadmap comes near this.
 */
export const MAX_ARRAY_LENGTH = 1_000_000;

/**
 * The most entries `readEach` makes room for before reading them: a sparse array (`new Array(1e6)`)
 * costs nothing to make, and its output should not cost megabytes. Past it the output grows as read.
 */
const PREALLOCATED_ENTRIES = 1_024;

// Each check takes the value of field `key` as the reader took it (`fieldsOf`), so it reports at that field.

/** A required non-empty string field; reports and returns `undefined` when it is not one. */
export function requiredString(ctx: ValidationContext, value: unknown, key: string): string | undefined {
  if (typeof value === 'string' && value.trim() !== '') return value;
  if (value === undefined) report(ctx, 'is required (expected a non-empty string)', key);
  else report(ctx, `${describeValue(value)} is not a non-empty string`, key);
  return undefined;
}

/** An optional string field; `undefined` when absent, reported when present but not a string. */
export function optionalString(ctx: ValidationContext, value: unknown, key: string): string | undefined {
  if (value === undefined || typeof value === 'string') return value;
  report(ctx, `${describeValue(value)} is not a string`, key);
  return undefined;
}

/** An optional ISO calendar date field. */
export function optionalIsoDate(ctx: ValidationContext, value: unknown, key: string): string | undefined {
  if (value === undefined || isIsoDate(value)) return value;
  report(ctx, `${describeValue(value)} is not a date (expected YYYY-MM-DD)`, key);
  return undefined;
}

/** An optional finite number field. */
export function optionalNumber(ctx: ValidationContext, value: unknown, key: string): number | undefined {
  if (value === undefined || (typeof value === 'number' && Number.isFinite(value))) return value;
  report(ctx, `${describeValue(value)} is not a finite number`, key);
  return undefined;
}

/** An optional field whose value must be one of `choices`. */
export function optionalChoice<T extends string>(ctx: ValidationContext, value: unknown, key: string, choices: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && (choices as readonly string[]).includes(value)) return value as T;
  report(ctx, `${describeValue(value)} is not one of ${choices.map((c) => `"${c}"`).join(', ')}`, key);
  return undefined;
}

/**
 * An optional array field: `[]` when absent, the array when it is one, else reported and `[]`.
 * Array-likes and iterables are refused on purpose: the model is JSON.
 */
export function optionalArray(ctx: ValidationContext, value: unknown, key: string): unknown[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    report(ctx, `${describeValue(value)} is not an array`, key);
    return [];
  }
  if (value.length > MAX_ARRAY_LENGTH) {
    report(ctx, `${describeValue(value)} is longer than ${MAX_ARRAY_LENGTH.toLocaleString('en-US')} entries`, key);
    return [];
  }
  return value;
}

/**
 * Reads each entry of the optional array field `key` (its `value`) with `read(ctx, entry, a, b)`, keeping the valid
 * ones. The reader and its two arguments are passed, not a closure: no function is made per record.
 * Holes of a sparse array are skipped, as `forEach` skips them.
 */
export function readEach<T, A, B>(
  ctx: ValidationContext,
  value: unknown,
  key: string,
  read: (ctx: ValidationContext, entry: unknown, a: A, b: B) => T | undefined,
  a: A,
  b: B,
): T[] {
  const entries = optionalArray(ctx, value, key);
  const length = entries.length;
  if (length === 0) return [];
  // Made at its length, not grown by `push`: a first push gives an array room for 17 entries, and
  // the output is kept (a big roadmap's thousands of one-group, one-item lists would each hold
  // ~130 bytes of room for nothing, bytes the garbage collector then copies as the mount goes on).
  const valid = new Array<T>(Math.min(length, PREALLOCATED_ENTRIES));
  let count = 0;
  ctx.keys.push(key);
  for (let index = 0; index < length; index += 1) {
    const entry = entries[index];
    if (entry === undefined && !(index in entries)) continue;
    ctx.keys.push(index);
    const result = read(ctx, entry, a, b);
    ctx.keys.pop();
    if (result !== undefined) {
      valid[count] = result;
      count += 1;
    }
  }
  ctx.keys.pop();
  // Entries that were holes or invalid leave room at the end.
  if (count < valid.length) valid.length = count;
  return valid;
}

/** Reads the record at field `key` with `read`, its issues at that field's path. */
export function readNested<T>(ctx: ValidationContext, value: unknown, key: string, read: (ctx: ValidationContext, value: unknown) => T | undefined): T | undefined {
  ctx.keys.push(key);
  const result = read(ctx, value);
  ctx.keys.pop();
  return result;
}

/**
 * Copies `record` with the checked `values` in place of the raw fields `names` (same order), so
 * unknown fields survive: the same keys in the same order as `{ ...record, ...fields }`, minus
 * checked fields that are `undefined`. Always a copy, even of a record that is already normal: the
 * output holds data properties only, so a getter or Proxy in the input is read during validation
 * and never again (a getter that changes or throws on a later read cannot reach a component).
 * One object spread copies the record's shape at once instead of adding key after key. A reserved
 * key (`__proto__`, …) becomes an own data property of the copy (spread never sets a prototype),
 * and `openRecord` has reported it, so that copy is never handed out.
 */
export function withFields<T>(record: Record<string, unknown>, names: readonly string[], values: readonly unknown[]): T {
  const result: Record<string, unknown> = { ...record };
  for (let at = 0; at < names.length; at += 1) {
    const name = names[at]!;
    const value = values[at];
    if (value !== undefined) result[name] = value;
    // Only an input holding an explicit `undefined` (never JSON) pays for `delete`'s slower object.
    else if (name in result) delete result[name];
  }
  return result as T;
}
