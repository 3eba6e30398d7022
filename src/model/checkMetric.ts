import type { MetricValidationResult } from './validateMetric.js';
import { validateMetric } from './validateMetric.js';

/** The outcome of `checkMetric`: the same as `validateMetric`'s. */
export type MetricCheck = MetricValidationResult;

/**
 * The metric check under its first name, kept so hosts that import it keep working.
 * @deprecated Use `validateMetric`: the same function, named like `validateRoadmap` and `validatePhase`.
 */
export const checkMetric: (input: unknown) => MetricCheck = validateMetric;
