'use client';
import { forwardRef } from 'react';
import { ValidatedBoundary } from '../common/ValidatedBoundary.js';
import { validRoadmap } from '../common/validators.js';
import type { ReleaseCalendarProps } from './ReleaseCalendarView.js';
import { ReleaseCalendarView } from './ReleaseCalendarView.js';

export type { ReleaseCalendarOptionProps, ReleaseCalendarProps } from './ReleaseCalendarView.js';

/**
 * Releases and cadences on a calendar: a month grid following the WAI-ARIA date grid pattern, and
 * quarter and year views listing each month's releases; spans drawn across their months, projected
 * cadence releases drawn apart, tooltips with details.
 * @example <ReleaseCalendar roadmap={roadmap} now="2026-03-15" showProjected onSelectRelease={(r) => open(r.id)} />
 */
export const ReleaseCalendar = /* @__PURE__ */ forwardRef<HTMLDivElement, ReleaseCalendarProps>(function ReleaseCalendar(props, ref) {
  return (
    <ValidatedBoundary input={props.roadmap} validate={validRoadmap} props={props} forwardedRef={ref}>
      {(roadmap) => <ReleaseCalendarView {...props} roadmap={roadmap} ref={ref} />}
    </ValidatedBoundary>
  );
});
