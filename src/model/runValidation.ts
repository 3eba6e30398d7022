import type { ValidationContext, ValidationIssue } from './validationContext.js';
import { createValidationContext, describeThrown } from './validationContext.js';

/** The value a reader built, or every problem found on the way. */
export type ReadOutcome<T> = { ok: true; value: T } | { ok: false; issues: ValidationIssue[] };

/**
 * Runs a reader over untrusted input so that it returns for any JavaScript value: an issue list
 * unless it read the whole input without one. A getter or Proxy trap that throws (a revoked
 * Proxy, `Object.create(null)` thrown, a `toString` that throws) becomes one issue at the root.
 */
export function runValidation<T>(read: (ctx: ValidationContext) => T | undefined): ReadOutcome<T> {
  const ctx = createValidationContext();
  try {
    const value = read(ctx);
    if (ctx.issues.length === 0 && value !== undefined) return { ok: true, value };
    return { ok: false, issues: ctx.issues };
  } catch (thrown) {
    // Only hostile input gets here: what it threw is described without being trusted.
    return { ok: false, issues: [{ path: '', message: `could not be read (${describeThrown(thrown)})` }] };
  }
}
