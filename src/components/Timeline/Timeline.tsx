'use client';
import { forwardRef } from 'react';
import { ValidatedBoundary } from '../common/ValidatedBoundary.js';
import { validRoadmap } from '../common/validators.js';
import type { TimelineProps } from './TimelineView.js';
import { TimelineView } from './TimelineView.js';

export type { TimelinePosition, TimelineProps } from './TimelineView.js';

/**
 * A roadmap on a time axis (zoomable, with lanes and a today line) or as an ordered list: one
 * `<ol>` of every phase in time order with a single tab stop, arrow keys between phases, a tooltip
 * of details, and only the phases in view in the DOM for long roadmaps.
 * @example <Timeline roadmap={roadmap} orientation="horizontal" now="2026-03-15" onSelectPhase={open} />
 */
export const Timeline = /* @__PURE__ */ forwardRef<HTMLDivElement, TimelineProps>(function Timeline(props, ref) {
  return (
    <ValidatedBoundary input={props.roadmap} validate={validRoadmap} props={props} forwardedRef={ref}>
      {(roadmap) => <TimelineView {...props} roadmap={roadmap} ref={ref} />}
    </ValidatedBoundary>
  );
});
