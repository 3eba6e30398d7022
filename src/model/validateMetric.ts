import { createIdRegistry } from './createIdRegistry.js';
import { readMetric } from './readMetric.js';
import { runValidation } from './runValidation.js';
import type { Metric } from './types.js';
import type { ValidationIssue } from './validationContext.js';

/** The outcome of `validateMetric`: a normalised metric, or every problem with its path. */
export type MetricValidationResult = { ok: true; metric: Metric } | { ok: false; issues: ValidationIssue[] };

/**
 * Checks one metric on its own, with the same rules as `validateRoadmap` and the same guarantee: it
 * returns for any JavaScript value. Paths start at the metric (`target`, `''` for the metric itself).
 * @example
 * validateMetric({ label: 'p95 latency', target: 100, comparator: 'lt', unit: 'ms' })
 * // { ok: true, metric: { id: 'p95-latency', label: 'p95 latency', target: 100, comparator: 'lt', unit: 'ms' } }
 */
export function validateMetric(input: unknown): MetricValidationResult {
  const outcome = runValidation((ctx) => readMetric(ctx, input, createIdRegistry()));
  return outcome.ok ? { ok: true, metric: outcome.value } : outcome;
}
