'use client';
import { useMemo } from 'react';
import { getSpanTimingOn, type SpanTiming } from '../../dates/spanTiming.js';
import type { Progress, StatusCounts } from '../../model/phaseProgress.js';
import { countGroupItemsByStatus, progressFromCounts } from '../../model/phaseProgress.js';
import type { Phase, Roadmap } from '../../model/types.js';
import type { ValidationIssue } from '../../model/validationContext.js';
import type { ValidationResult } from '../../model/validateRoadmap.js';

/** A phase with everything a view shows about it. */
export interface PhaseSummary {
  phase: Phase;
  progress: Progress;
  counts: StatusCounts;
  /** Where its span lies relative to `now`; `undefined` for undated phases. */
  timing: SpanTiming | undefined;
  /** The phase under way today (at most one). */
  isCurrent: boolean;
  /** Its span ended before `now`, and it is neither done, deferred nor cancelled. */
  isOverdue: boolean;
}

/** A validated roadmap with a summary per phase, or the issues of an invalid one. */
export interface SummarisedRoadmap {
  roadmap: Roadmap | undefined;
  issues: ValidationIssue[];
  /** Every phase, in document order; empty when the input is not valid. */
  phases: PhaseSummary[];
}

function summarise(phase: Phase, today: string): PhaseSummary {
  const counts = countGroupItemsByStatus(phase.groups);
  const timing = phase.when ? getSpanTimingOn(phase.when, today) : undefined;
  const isClosed = phase.status === 'done' || phase.status === 'cancelled' || phase.status === 'deferred';
  return { phase, counts, progress: progressFromCounts(counts), timing, isCurrent: false, isOverdue: timing === 'past' && !isClosed };
}

/** The current phase: the first open one whose span holds today, else the first in progress. */
function findCurrent(summaries: PhaseSummary[]): PhaseSummary | undefined {
  const open = (summary: PhaseSummary) => summary.phase.status !== 'done' && summary.phase.status !== 'cancelled';
  return (
    summaries.find((summary) => summary.timing === 'current' && open(summary)) ??
    summaries.find((summary) => summary.phase.status === 'in-progress')
  );
}

/**
 * Summarises each phase of a validated roadmap for `today` — the part of `useRoadmap` every view
 * shares; an invalid one gives its issues. The Timeline calls this directly: it has no filter, so
 * it neither runs nor bundles one. Validation is the caller's (`useRoadmapValidation` for a
 * host's raw input, `useValidRoadmap` for a model a component's edge already checked).
 */
export function useSummarisedRoadmap(validation: ValidationResult, today: string): SummarisedRoadmap {
  return useMemo(() => {
    if (!validation.ok) return { roadmap: undefined, issues: validation.issues, phases: [] };
    const phases = validation.roadmap.phases.map((phase) => summarise(phase, today));
    const current = findCurrent(phases);
    if (current) current.isCurrent = true;
    return { roadmap: validation.roadmap, issues: [], phases };
  }, [validation, today]);
}
