/** One problem found in a roadmap, with the JSON path of the value at fault (`''` is the root). */
export interface ValidationIssue {
  /** JSON path such as `phases[2].when.start`; `''` for the input itself. */
  path: string;
  /** What is wrong and what is accepted: `"2026-13-01" is not a date (expected YYYY-MM-DD)`. */
  message: string;
}

/** `phases[2].when.start: "2026-13-01" is not a date (expected YYYY-MM-DD)` */
export function formatValidationIssue(issue: ValidationIssue): string {
  return issue.path === '' ? issue.message : `${issue.path}: ${issue.message}`;
}

/** Collects issues while the validator walks the input. */
export interface ValidationContext {
  issues: ValidationIssue[];
  report(path: string, message: string): void;
}

export function createValidationContext(): ValidationContext {
  const issues: ValidationIssue[] = [];
  return { issues, report: (path, message) => issues.push({ path, message }) };
}

/** `phases` + `2` → `phases[2]`; `phases[2]` + `when` → `phases[2].when`. */
export function childPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  return parent === '' ? key : `${parent}.${key}`;
}

/** A plain object (not an array, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Keys refused anywhere in the model: assigned to a plain object, `__proto__` replaces its
 * prototype (JSON.parse makes it an ordinary key, so `{"__proto__": {"href": "javascript:…"}}` would
 * hand every reader an inherited `href`), and `constructor` / `prototype` are the other two steps of
 * a prototype-pollution chain.
 */
export const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * The first step of every reader: `input` as an object whose fields can be read, with each reserved
 * own key reported at its path; or `undefined`, reported as not being `what`
 * (`a phase (expected { title, status?, groups? })`).
 */
export function openRecord(ctx: ValidationContext, input: unknown, path: string, what: string): Record<string, unknown> | undefined {
  if (!isRecord(input)) {
    ctx.report(path, `${describeValue(input)} is not ${what}`);
    return undefined;
  }
  for (const key of Object.keys(input)) {
    if (RESERVED_KEYS.has(key)) ctx.report(childPath(path, key), `"${key}" is not allowed as a key (it could change what every object inherits)`);
  }
  return input;
}

/**
 * The value of an own property, never an inherited one: what the validator reads is what the
 * input holds, not what something put on `Object.prototype`.
 */
export function ownField(record: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/**
 * Why reading the input failed, in words, for a value thrown by a getter or a Proxy trap. Never
 * throws itself: what was thrown may be `Object.create(null)`, or have a `toString` or `message`
 * getter that throws too.
 */
export function describeThrown(thrown: unknown): string {
  try {
    if (thrown instanceof Error && typeof thrown.message === 'string') return thrown.message;
    if (typeof thrown === 'string') return thrown;
    return describeValue(thrown);
  } catch {
    return 'an exception that cannot be described';
  }
}

/** A short, safe rendering of a value for a message: never throws, never prints a whole tree. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (typeof value !== 'object') return `a ${typeof value}`;
  try {
    return Array.isArray(value) ? `an array of ${value.length}` : 'an object';
  } catch {
    // A revoked Proxy throws even on Array.isArray.
    return 'an object that cannot be read';
  }
}
