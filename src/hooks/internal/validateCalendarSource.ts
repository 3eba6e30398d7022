import type { Roadmap } from '../../model/types.js';
import type { ValidationResult } from '../../model/validateRoadmap.js';
import { validateRoadmap } from '../../model/validateRoadmap.js';

/** What `useReleaseCalendar` reads of a roadmap: a whole one will do, but no title is needed. */
export type CalendarSource = Pick<Roadmap, 'phases' | 'cadences'>;

// The calendar never shows a title, so a host's `{ phases, cadences }` is checked without one.
const UNSHOWN_TITLE = 'Release calendar';

/**
 * Checks a host's raw calendar input with `validateRoadmap`'s rules and guarantee (it returns for
 * any value): the phases and cadences of an object, or one issue at `''` for anything else.
 */
export function validateCalendarSource(input: unknown): ValidationResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return validateRoadmap(input);
  let source: { phases: unknown; cadences: unknown };
  try {
    source = { phases: (input as CalendarSource).phases, cadences: (input as CalendarSource).cadences };
  } catch {
    // A getter that throws: the validator reports it with its path, as it does for a roadmap.
    return validateRoadmap(input);
  }
  return validateRoadmap({ title: UNSHOWN_TITLE, ...source });
}
