import { createIdRegistry } from './createIdRegistry.js';
import type { Metric } from './types.js';
import { validateMetric } from './validateMetric.js';
import type { ValidationIssue } from './validationContext.js';
import { createValidationContext } from './validationContext.js';

/** The outcome of `checkMetric`: the metric, or every problem with its path inside the metric. */
export type MetricCheck = { ok: true; metric: Metric } | { ok: false; issues: ValidationIssue[] };

/**
 * Checks one metric the way `validateRoadmap` checks a roadmap's, without the cost of a whole
 * roadmap: a label, a finite target and a comparator. Never throws.
 * @example checkMetric({ label: 'uptime', target: '99.9' }) // { ok: false, issues: [{ path: 'target', … }, { path: 'comparator', … }] }
 */
export function checkMetric(input: unknown): MetricCheck {
  const ctx = createValidationContext();
  const metric = validateMetric(ctx, input, '', createIdRegistry());
  if (!metric || ctx.issues.length > 0) return { ok: false, issues: ctx.issues };
  return { ok: true, metric };
}
