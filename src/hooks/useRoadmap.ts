'use client';
import { useMemo } from 'react';
import { resolveNow } from '../dates/isoDate.js';
import type { RoadmapFilter } from '../model/filterRoadmap.js';
import { filterPhase } from '../model/filterRoadmap.js';
import type { Progress, StatusCounts } from '../model/phaseProgress.js';
import { countGroupItemsByStatus, emptyStatusCounts, progressFromCounts } from '../model/phaseProgress.js';
import type { Roadmap } from '../model/types.js';
import type { ValidationIssue } from '../model/validationContext.js';
import type { ValidationResult } from '../model/validateRoadmap.js';
import { useControllableState } from './internal/useControllableState.js';
import { useRoadmapValidation } from './internal/useRoadmapValidation.js';
import type { PhaseSummary } from './internal/useSummarisedRoadmap.js';
import { useSummarisedRoadmap } from './internal/useSummarisedRoadmap.js';

export type { PhaseSummary };

/** Options of `useRoadmap`. */
export interface UseRoadmapOptions {
  /** Today; decides the current and overdue phases. @defaultValue the current date */
  now?: string | Date;
  /** Controlled filter. */
  filter?: RoadmapFilter;
  /** Initial filter when uncontrolled. @defaultValue {} */
  defaultFilter?: RoadmapFilter;
  /** Called when `setFilter` asks for a new filter. */
  onFilterChange?: (filter: RoadmapFilter) => void;
}

/** What `useRoadmap` gives. */
export interface UseRoadmapResult {
  /** The normalised roadmap, or `undefined` when the input is not valid. */
  roadmap: Roadmap | undefined;
  /** Every problem of an invalid input, with its JSON path; empty when valid. */
  issues: ValidationIssue[];
  /** Every phase, in document order. */
  phases: PhaseSummary[];
  /** The phases that pass the filter, with their items narrowed; progress and counts stay whole. */
  visiblePhases: PhaseSummary[];
  /** Items of all phases, done over in scope. */
  progress: Progress;
  /** Items of all phases by status. */
  counts: StatusCounts;
  currentPhase: PhaseSummary | undefined;
  overduePhases: PhaseSummary[];
  /** Every tag used by an item, sorted. */
  tags: string[];
  filter: RoadmapFilter;
  setFilter: (filter: RoadmapFilter) => void;
}

const EMPTY_FILTER: RoadmapFilter = {};

/**
 * Validates a roadmap and computes what every view needs: progress, counts, the current and overdue
 * phases, tags, and the phases narrowed by a status / text / tag filter.
 * @example
 * const { visiblePhases, progress, setFilter } = useRoadmap(roadmap, { now: '2026-03-15' });
 * setFilter({ statuses: ['in-progress'] });
 */
export function useRoadmap(input: Roadmap, options: UseRoadmapOptions = {}): UseRoadmapResult {
  return useRoadmapOfValidated(useRoadmapValidation(input), options);
}

/**
 * `useRoadmap` from a validation already made: RoadmapView's edge validated its roadmap, so the
 * hook does not again. `useRoadmap` is this after `validateRoadmap`.
 */
export function useRoadmapOfValidated(validation: ValidationResult, options: UseRoadmapOptions = {}): UseRoadmapResult {
  const { now, filter: filterProp, defaultFilter = EMPTY_FILTER, onFilterChange } = options;
  const today = resolveNow(now);
  const [filter, setFilter] = useControllableState({ value: filterProp, defaultValue: defaultFilter, onChange: onFilterChange, name: 'filter' });

  const base = useSummarisedRoadmap(validation, today);

  const overall = useMemo(() => {
    const counts = emptyStatusCounts();
    const tags = new Set<string>();
    for (const { phase } of base.phases) {
      countGroupItemsByStatus(phase.groups, counts);
      for (const group of phase.groups) for (const item of group.items) for (const tag of item.tags ?? []) tags.add(tag);
    }
    return { counts, progress: progressFromCounts(counts), tags: [...tags].sort() };
  }, [base]);

  const visiblePhases = useMemo(() => {
    const shown: PhaseSummary[] = [];
    for (const summary of base.phases) {
      const narrowed = filterPhase(summary.phase, filter);
      // A search narrows what is listed, not what was achieved: progress stays the phase's own.
      if (narrowed) shown.push(narrowed === summary.phase ? summary : { ...summary, phase: narrowed });
    }
    return shown;
  }, [base, filter]);

  return {
    roadmap: base.roadmap,
    issues: base.issues,
    phases: base.phases,
    visiblePhases,
    progress: overall.progress,
    counts: overall.counts,
    currentPhase: base.phases.find((summary) => summary.isCurrent),
    overduePhases: base.phases.filter((summary) => summary.isOverdue),
    tags: overall.tags,
    filter,
    setFilter,
  };
}
