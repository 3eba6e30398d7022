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

/**
 * Collects issues while the validator walks the input. `keys` holds the path from the root to the
 * value being read (`['phases', 2, 'when']`); readers push a key before they step into a value and
 * pop it after. A path string is made only when there is an issue, not for every value walked.
 */
export interface ValidationContext {
  issues: ValidationIssue[];
  keys: (string | number)[];
  /** `Object.prototype` holds none of the model's field names: a plain object's fields can be read by name (`fieldsOf`). */
  plainReads: boolean;
}

/** Every field name a reader takes through `fieldsOf`. */
const MODEL_FIELDS = new Set<string>();

/**
 * A reader's field names, in the order it reads them, registered for the check each validation
 * makes once: that `Object.prototype` holds none of them (`fieldsOf`).
 */
export function modelFields<const K extends string>(names: readonly K[]): readonly K[] {
  for (const name of names) MODEL_FIELDS.add(name);
  return names;
}

export function createValidationContext(): ValidationContext {
  let inherited = false;
  for (const name of MODEL_FIELDS) if (name in Object.prototype) inherited = true;
  return { issues: [], keys: [], plainReads: !inherited };
}

/** `phases` + `2` → `phases[2]`; `phases[2]` + `when` → `phases[2].when`. */
export function childPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  return parent === '' ? key : `${parent}.${key}`;
}

/** Reports `message` at the value being read, or at its field `key` when given. */
export function report(ctx: ValidationContext, message: string, key?: string | number): void {
  let path = '';
  for (const step of ctx.keys) path = childPath(path, step);
  ctx.issues.push({ path: key === undefined ? path : childPath(path, key), message });
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
export function isReservedKey(key: string): boolean {
  return key === '__proto__' || key === 'constructor' || key === 'prototype';
}

/**
 * The first step of every reader: whether `input` is an object whose fields can be read, with each
 * reserved key reported at its path; else it is reported as not being `what`
 * (`a phase (expected { title, status?, groups? })`). Listing the keys is also what makes a Proxy
 * whose traps throw fail here, as unreadable, rather than look like a record missing its fields.
 */
export function openRecord(ctx: ValidationContext, input: unknown, what: string): input is Record<string, unknown> {
  if (!isRecord(input)) {
    report(ctx, `${describeValue(input)} is not ${what}`);
    return false;
  }
  for (const key of Object.keys(input)) {
    if (isReservedKey(key)) report(ctx, `"${key}" is not allowed as a key (it could change what every object inherits)`, key);
  }
  return true;
}

/**
 * The fields `names` of `record` to read by name: the record itself when a read by name can only
 * find its own fields (a plain object while `Object.prototype` holds none of the model's field
 * names), else a copy of its own fields without a prototype. Reading each field by name, at its
 * reader's own line, keeps the walk fast in the code a first mount runs, before the engine
 * optimises it; reading each through `ownField` costs a lookup by a changing key per field.
 */
export function fieldsOf<K extends string>(ctx: ValidationContext, record: Record<string, unknown>, names: readonly K[]): Partial<Record<K, unknown>> {
  if (ctx.plainReads && Object.getPrototypeOf(record) === Object.prototype) return record as Partial<Record<K, unknown>>;
  const own = Object.create(null) as Partial<Record<K, unknown>>;
  for (const name of names) own[name] = ownField(record, name);
  return own;
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
