import { validateMetric } from '../../model/validateMetric.js';
import { validatePhase } from '../../model/validatePhase.js';
import { validateRoadmap } from '../../model/validateRoadmap.js';
import type { Metric, Phase, Roadmap } from '../../model/types.js';
import type { Validated } from './ValidatedBoundary.js';

// The public validators, each under the one outcome shape `ValidatedBoundary` reads. Module-level
// functions, so the boundary's memo holds from render to render.

/** `validateRoadmap` for `ValidatedBoundary`. */
export function validRoadmap(input: unknown): Validated<Roadmap> {
  const result = validateRoadmap(input);
  return result.ok ? { ok: true, value: result.roadmap } : result;
}

/** `validatePhase` for `ValidatedBoundary`: paths start at the phase, no made-up roadmap around it. */
export function validPhase(input: unknown): Validated<Phase> {
  const result = validatePhase(input);
  return result.ok ? { ok: true, value: result.phase } : result;
}

/** `validateMetric` for `ValidatedBoundary`. */
export function validMetric(input: unknown): Validated<Metric> {
  const result = validateMetric(input);
  return result.ok ? { ok: true, value: result.metric } : result;
}
