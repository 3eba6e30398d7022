import { createIdRegistry } from './createIdRegistry.js';
import { readCadence } from './readCadence.js';
import { readMetric } from './readMetric.js';
import type { RoadmapIds } from './readPhase.js';
import { readPhase } from './readPhase.js';
import { runValidation } from './runValidation.js';
import type { Cadence, Metric, Phase, Roadmap } from './types.js';
import type { ValidationContext, ValidationIssue } from './validationContext.js';
import { fieldsOf, modelFields, openRecord } from './validationContext.js';
import { optionalIsoDate, optionalString, readEach, requiredString, withFields } from './validationFields.js';

/** The outcome of `validateRoadmap`: a normalised roadmap, or every problem with its path. */
export type ValidationResult = { ok: true; roadmap: Roadmap } | { ok: false; issues: ValidationIssue[] };

const FIELDS = modelFields(['title', 'summary', 'updated', 'phases', 'metrics', 'cadences']);

function readRoadmap(ctx: ValidationContext, value: unknown): Roadmap | undefined {
  if (!openRecord(ctx, value, 'a roadmap (expected an object with a title and phases)')) return undefined;
  const input = value as Record<string, unknown>;
  const ids: RoadmapIds = { phases: createIdRegistry(), items: createIdRegistry(), metrics: createIdRegistry() };
  const fields = fieldsOf(ctx, input, FIELDS);
  const title = requiredString(ctx, fields.title, 'title');
  const summary = optionalString(ctx, fields.summary, 'summary');
  const updated = optionalIsoDate(ctx, fields.updated, 'updated');
  const phases: Phase[] = readEach(ctx, fields.phases, 'phases', readPhase, ids, undefined);
  const metrics: Metric[] = readEach(ctx, fields.metrics, 'metrics', readMetric, ids.metrics, undefined);
  const cadences: Cadence[] = readEach(ctx, fields.cadences, 'cadences', readCadence, undefined, undefined);
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
