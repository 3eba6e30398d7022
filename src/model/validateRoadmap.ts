import { createIdRegistry } from './createIdRegistry.js';
import { readCadence } from './readCadence.js';
import { readMetric } from './readMetric.js';
import type { RoadmapIds } from './readPhase.js';
import { readPhase } from './readPhase.js';
import { runValidation } from './runValidation.js';
import type { Cadence, Metric, Phase, Roadmap } from './types.js';
import type { ValidationContext, ValidationIssue } from './validationContext.js';
import { openRecord } from './validationContext.js';
import { readEach, readOptionalIsoDate, readOptionalString, readRequiredString, withFields } from './validationFields.js';

/** The outcome of `validateRoadmap`: a normalised roadmap, or every problem with its path. */
export type ValidationResult = { ok: true; roadmap: Roadmap } | { ok: false; issues: ValidationIssue[] };

const FIELDS = ['title', 'summary', 'updated', 'phases', 'metrics', 'cadences'];

function readRoadmap(ctx: ValidationContext, value: unknown): Roadmap | undefined {
  if (!openRecord(ctx, value, 'a roadmap (expected an object with a title and phases)')) return undefined;
  const input = value as Record<string, unknown>;
  const ids: RoadmapIds = { phases: createIdRegistry(), items: createIdRegistry(), metrics: createIdRegistry() };
  const title = readRequiredString(ctx, input, 'title');
  const summary = readOptionalString(ctx, input, 'summary');
  const updated = readOptionalIsoDate(ctx, input, 'updated');
  const phases: Phase[] = readEach(ctx, input, 'phases', readPhase, ids, undefined);
  const metrics: Metric[] = readEach(ctx, input, 'metrics', readMetric, ids.metrics, undefined);
  const cadences: Cadence[] = readEach(ctx, input, 'cadences', readCadence, undefined, undefined);
  if (title === undefined) return undefined;
  return withFields<Roadmap>(input, FIELDS, [title, summary, updated, phases, metrics, cadences]);
}

/**
 * Checks anything against the roadmap model and returns for any JavaScript value: it never throws.
 * A valid roadmap comes back normalised: missing arrays filled, ids made unique, missing statuses
 * derived, unknown fields kept. An invalid one gives one issue per problem, each with its JSON path;
 * `__proto__`, `constructor` and `prototype` keys are problems, never inherited.
 * @example
 * const result = validateRoadmap(JSON.parse(text));
 * if (!result.ok) console.error(result.issues.map(formatValidationIssue).join('\n'));
 */
export function validateRoadmap(input: unknown): ValidationResult {
  const outcome = runValidation((ctx) => readRoadmap(ctx, input));
  return outcome.ok ? { ok: true, roadmap: outcome.value } : outcome;
}
