'use client';
import { useMemo } from 'react';
import { monthOfDate } from '../../dates/calendarMonth.js';
import { groupCalendarReleases, indexByKey } from '../../dates/groupCalendarReleases.js';
import type { CadenceSummary, ProjectedRelease } from '../../dates/projectCadenceReleases.js';
import { projectCadenceReleases } from '../../dates/projectCadenceReleases.js';
import type { Roadmap } from '../../model/types.js';
import type { CalendarIndex } from './calendarViewModel.js';

const NO_PROJECTED: ProjectedRelease[] = [];

/** The releases a calendar draws and the cadences it projects. */
export interface CalendarReleaseData {
  index: CalendarIndex;
  /** Every projected release inside the horizon, when `showProjected`. */
  projected: ProjectedRelease[];
  cadences: CadenceSummary[];
}

/**
 * Groups the roadmap's releases by day, month and span, and projects its cadences from `today`,
 * each recomputed only when what it reads changes (a month change reads none of them).
 */
export function useCalendarReleases(roadmap: Pick<Roadmap, 'phases' | 'cadences'>, today: string, showProjected: boolean, projectionHorizon: number): CalendarReleaseData {
  const releases = useMemo(() => groupCalendarReleases(roadmap.phases ?? []), [roadmap.phases]);
  const projection = useMemo(() => projectCadenceReleases(roadmap, { now: today, projectionHorizon }), [roadmap, today, projectionHorizon]);
  const projected = showProjected ? projection.projected : NO_PROJECTED;
  const index = useMemo(
    () => ({
      releases,
      projectedByDay: indexByKey(projected, (release) => release.date),
      projectedByMonth: indexByKey(projected, (release) => monthOfDate(release.date)),
    }),
    [releases, projected],
  );
  return { index, projected, cadences: projection.cadences };
}
