import { createIdRegistry } from './createIdRegistry.js';
import { readPhase } from './readPhase.js';
import { runValidation } from './runValidation.js';
import type { Phase } from './types.js';
import type { ValidationIssue } from './validationContext.js';

/** The outcome of `validatePhase`: a normalised phase, or every problem with its path. */
export type PhaseValidationResult = { ok: true; phase: Phase } | { ok: false; issues: ValidationIssue[] };

/**
 * Checks one phase on its own, with the same rules as `validateRoadmap` and the same guarantee: it
 * returns for any JavaScript value. Paths start at the phase (`groups[0].items[2].href`, `''` for
 * the phase itself); ids are unique within the phase. For a lone `PhaseCard`: no made-up roadmap.
 * @example
 * const result = validatePhase({ title: 'Beta', groups: [{ items: [{ title: 'Sync', status: 'done' }] }] });
 * if (result.ok) result.phase.status // 'done'
 */
export function validatePhase(input: unknown): PhaseValidationResult {
  const ids = { phases: createIdRegistry(), items: createIdRegistry(), metrics: createIdRegistry() };
  const outcome = runValidation((ctx) => readPhase(ctx, input, ids));
  return outcome.ok ? { ok: true, phase: outcome.value } : outcome;
}
