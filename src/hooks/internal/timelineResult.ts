import type { FocusEvent, HTMLAttributes, KeyboardEvent, MouseEvent, UIEvent } from 'react';
import type { TimelineBox, TimelineOrientation } from '../../layout/timelineLayout.js';
import type { TimelineZoom } from '../../dates/timeScale.js';
import type { Phase, Roadmap } from '../../model/types.js';
import type { ValidationIssue } from '../../model/validationContext.js';
import type { TimelinePhaseText } from './describeTimelinePhase.js';
import type { TimelineTick } from './timelineTicks.js';
import type { PhaseSummary } from './useSummarisedRoadmap.js';

/** One phase as the timeline places it. */
export interface TimelineEntry extends TimelineBox {
  summary: PhaseSummary;
  phase: Phase;
  /** Position in time order, from 0. */
  index: number;
  /** DOM id of the phase's focusable element. */
  id: string;
  isScheduled: boolean;
  /** The first undated phase: the "Unscheduled" heading goes with it. */
  isFirstUnscheduled: boolean;
}

/** The today marker: its date, and where it falls on the axis. */
export interface TimelineToday {
  date: string;
  /** Pixels from the axis start to the middle of today, at `dayWidth`. */
  x: number;
  /** Days from the axis start to the middle of today (divide by `days` for a fraction of the axis). */
  offset: number;
}

/** What `useTimeline` gives. */
export interface UseTimelineResult {
  roadmap: Roadmap | undefined;
  /** Problems of an invalid roadmap; render them instead of the timeline when not empty. */
  issues: ValidationIssue[];
  orientation: TimelineOrientation;
  /** Every phase in time order: dated by span, then undated in document order. */
  entries: TimelineEntry[];
  /** The entries to render: all of them, or when virtualised those in view plus the focus target. */
  visibleEntries: TimelineEntry[];
  isVirtualized: boolean;
  /** The axis ticks to render (near the view when the axis is long). */
  ticks: TimelineTick[];
  /** The today marker on the axis (its ISO `date`, offset and x); the axis always reaches today when any phase is dated. */
  todayMarker: TimelineToday | undefined;
  /**
   * The today marker, under its first name.
   * @deprecated Use `todayMarker`. `today` means an ISO date string everywhere else (`useReleaseCalendar`'s `today`, the `now` option), so here it will become one in the next major version.
   */
  today: TimelineToday | undefined;
  /** Rows holding a bar: one per dated phase. */
  laneCount: number;
  /** Days the axis covers (0 when nothing is dated): bar offsets over this give fractions of the axis. */
  days: number;
  /** Size of the whole content in pixels at `dayWidth` (width is 0 for the vertical list). */
  size: { width: number; height: number };
  /** Pixels per day at the current zoom (the axis may be drawn wider to fill its box). */
  dayWidth: number;
  rowSize: number;
  zoom: TimelineZoom;
  setZoom: (zoom: TimelineZoom) => void;
  /** Finer ticks (year → quarter → month). */
  zoomIn: () => void;
  /** Coarser ticks. */
  zoomOut: () => void;
  /** Index (time order) of the phase holding the single tab stop. */
  activeIndex: number;
  /** Formatted dates, dates in words, status and progress for one entry (cheap: call it for rendered ones). */
  describePhase: (entry: TimelineEntry) => TimelinePhaseText;
  /** Props for the scrolling element: measures it and follows its scroll. */
  getViewportProps<P extends HTMLAttributes<HTMLElement>>(props?: P): P & { ref: (element: HTMLElement | null) => void; onScroll: (event: UIEvent<HTMLElement>) => void };
  /** Props for each `<li>`: position in the whole list, status and flags. */
  getItemProps<P extends HTMLAttributes<HTMLElement>>(entry: TimelineEntry, props?: P): P & TimelineItemAttributes;
  /** Props for a phase's focusable element: roving tab index, keys, focus and selection. */
  getPhaseProps<P extends HTMLAttributes<HTMLElement>>(entry: TimelineEntry, props?: P): P & TimelinePhaseAttributes;
  /** Props for a zoom button. */
  getZoomProps<P extends HTMLAttributes<HTMLButtonElement>>(zoom: TimelineZoom, props?: P): P & TimelineZoomAttributes;
}

/** What `getItemProps` adds. */
export interface TimelineItemAttributes {
  'aria-setsize': number;
  'aria-posinset': number;
  'data-status': string;
  'data-current'?: true;
  'data-overdue'?: true;
  'data-scheduled'?: true;
}

/** What `getPhaseProps` adds. */
export interface TimelinePhaseAttributes {
  id: string;
  /** Hands the element to the roving focus, which moves DOM focus to it after a key press. */
  ref: (element: HTMLElement | null) => void;
  tabIndex: number;
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
  onFocus: (event: FocusEvent<HTMLElement>) => void;
  onClick: (event: MouseEvent<HTMLElement>) => void;
}

/** What `getZoomProps` adds. */
export interface TimelineZoomAttributes {
  type: 'button';
  'aria-pressed': boolean;
  onClick: (event: MouseEvent<HTMLButtonElement>) => void;
}
