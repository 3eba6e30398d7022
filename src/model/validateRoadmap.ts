import { createIdRegistry } from './createIdRegistry.js';
import type { Cadence, Metric, Phase, Roadmap } from './types.js';
import { validateCadence } from './validateCadence.js';
import { validateMetric } from './validateMetric.js';
import type { RoadmapIds } from './validatePhase.js';
import { validatePhase } from './validatePhase.js';
import type { ValidationIssue } from './validationContext.js';
import { childPath, createValidationContext, describeValue, isRecord } from './validationContext.js';
import { readOptionalArray, readOptionalIsoDate, readOptionalString, readRequiredString, withFields } from './validationFields.js';

/** The outcome of `validateRoadmap`: a normalised roadmap, or every problem with its path. */
export type ValidationResult = { ok: true; roadmap: Roadmap } | { ok: false; issues: ValidationIssue[] };

function validateRoadmapRecord(input: Record<string, unknown>): ValidationResult {
  const ctx = createValidationContext();
  const ids: RoadmapIds = { phases: createIdRegistry(), items: createIdRegistry(), metrics: createIdRegistry() };
  const title = readRequiredString(ctx, input, 'title', '');
  const summary = readOptionalString(ctx, input, 'summary', '');
  const updated = readOptionalIsoDate(ctx, input, 'updated', '');
  const phases: Phase[] = [];
  readOptionalArray(ctx, input, 'phases', '').forEach((phase, index) => {
    const valid = validatePhase(ctx, phase, childPath('phases', index), ids);
    if (valid) phases.push(valid);
  });
  const metrics: Metric[] = [];
  readOptionalArray(ctx, input, 'metrics', '').forEach((metric, index) => {
    const valid = validateMetric(ctx, metric, childPath('metrics', index), ids.metrics);
    if (valid) metrics.push(valid);
  });
  const cadences: Cadence[] = [];
  readOptionalArray(ctx, input, 'cadences', '').forEach((cadence, index) => {
    const valid = validateCadence(ctx, cadence, childPath('cadences', index));
    if (valid) cadences.push(valid);
  });
  if (ctx.issues.length > 0 || title === undefined) return { ok: false, issues: ctx.issues };
  return { ok: true, roadmap: withFields<Roadmap>(input, { title, summary, updated, phases, metrics, cadences }) };
}

/**
 * Checks anything against the roadmap model and never throws. A valid roadmap comes back
 * normalised: missing arrays filled, ids made unique, missing statuses derived, unknown fields kept.
 * An invalid one gives one issue per problem, each with its JSON path.
 * @example
 * const result = validateRoadmap(JSON.parse(text));
 * if (!result.ok) console.error(result.issues.map(formatValidationIssue).join('\n'));
 */
export function validateRoadmap(input: unknown): ValidationResult {
  if (!isRecord(input)) {
    return { ok: false, issues: [{ path: '', message: `${describeValue(input)} is not a roadmap (expected an object with a title and phases)` }] };
  }
  try {
    return validateRoadmapRecord(input);
  } catch (error) {
    // Only hostile input gets here: a getter or Proxy trap that throws, or a revoked Proxy.
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, issues: [{ path: '', message: `could not be read (${reason})` }] };
  }
}
