'use client';
import { forwardRef } from 'react';
import type { ForwardedRef } from 'react';
import { ValidatedBoundary } from '../common/ValidatedBoundary.js';
import { validRoadmap } from '../common/validators.js';
import type { RoadmapViewProps } from './RoadmapViewContent.js';
import { RoadmapViewContent } from './RoadmapViewContent.js';

export type { RoadmapViewProps } from './RoadmapViewContent.js';

/**
 * A whole roadmap page: header with overall progress, a filter bar driving every part, the
 * Timeline, the phases as PhaseCards, the success metrics as gauges and the ReleaseCalendar — or,
 * in the `table` layout, the roadmap as one accessible data table. The roadmap is validated once,
 * here, and its validated parts handed down; an invalid one shows its problems instead.
 * @example <RoadmapView roadmap={roadmap} now="2026-03-15" theme={{ colorScheme: 'auto' }} />
 */
export const RoadmapView = /* @__PURE__ */ forwardRef<HTMLElement, RoadmapViewProps>(function RoadmapView(props, ref) {
  return (
    <ValidatedBoundary input={props.roadmap} validate={validRoadmap} props={props} forwardedRef={ref as ForwardedRef<HTMLDivElement>}>
      {(roadmap) => <RoadmapViewContent {...props} roadmap={roadmap} ref={ref} />}
    </ValidatedBoundary>
  );
});
