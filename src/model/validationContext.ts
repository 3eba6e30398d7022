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

/** A short, safe rendering of a value for a message: never throws, never prints a whole tree. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}
