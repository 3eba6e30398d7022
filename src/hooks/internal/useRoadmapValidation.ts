'use client';
import { useMemo } from 'react';
import type { Roadmap } from '../../model/types.js';
import type { ValidationResult } from '../../model/validateRoadmap.js';
import { validateRoadmap } from '../../model/validateRoadmap.js';

/**
 * A host's raw roadmap, validated once per input: what the public hooks start from, since a host
 * may call them with anything.
 */
export function useRoadmapValidation(input: Roadmap): ValidationResult {
  return useMemo(() => validateRoadmap(input), [input]);
}

/**
 * A roadmap a component's edge (`ValidatedBoundary`) already validated, in the same shape, so the
 * hooks below the edge do not validate it again.
 */
export function useValidRoadmap(roadmap: Roadmap): ValidationResult {
  return useMemo(() => ({ ok: true, roadmap }), [roadmap]);
}
