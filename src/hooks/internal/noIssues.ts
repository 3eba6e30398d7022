import type { ValidationIssue } from '../../model/validationContext.js';

/** The `issues` of a valid input: one shared empty list (never written to), so results keep their identity. */
export const NO_ISSUES: ValidationIssue[] = [];
