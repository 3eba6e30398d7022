import type { CalendarView } from '../dates/getViewMonths.js';
import type { TimelineZoom } from '../dates/timeScale.js';
import type { MetricState } from '../model/evaluateMetric.js';
import type { Comparator, Status } from '../model/types.js';
import { calendarLabels } from './labels/calendarLabels.js';
import { invalidRoadmapLabels } from './labels/invalidRoadmapLabels.js';
import { metricGaugeLabels } from './labels/metricGaugeLabels.js';
import { phaseCardLabels } from './labels/phaseCardLabels.js';
import { progressLabels } from './labels/progressLabels.js';
import { roadmapViewLabels } from './labels/roadmapViewLabels.js';
import { statusLabels } from './labels/statusLabels.js';
import { timelineLabels } from './labels/timelineLabels.js';
import { todayLabels } from './labels/todayLabels.js';

/**
 * The labels that format no date: every string of StatusBadge, MetricGauge, PhaseCard's groups and
 * the toolbars. Kept apart from `DateLabels` so a component that formats no date does not bundle
 * the date formatter and the en-US locale (`MetricGauge` stays under its size budget).
 */
export interface BaseLabels {
  /** Name of a status: `In progress`. */
  status: (status: Status) => string;
  /** Progress as text: `3 of 4 done`. */
  progress: (done: number, total: number) => string;
  /** Shown instead of a percentage when a phase has no items in scope. */
  noItems: () => string;
  /** Shown for a metric without a measured value. */
  noData: () => string;
  /** Flag on a phase whose span ended before today but is not done. */
  overdue: () => string;
  /** Flag on the phase under way today. */
  current: () => string;
  /** Heading of phases without dates. */
  unscheduled: () => string;
  /** Title of the message shown when a roadmap is not valid. */
  invalidRoadmap: () => string;
  // ReleaseCalendar
  /** Button that moves a calendar back one view length: `Previous month`. */
  previousPeriod: (view: CalendarView) => string;
  /** Button that moves a calendar forward one view length: `Next month`. */
  nextPeriod: (view: CalendarView) => string;
  /** `Today`: the calendar button back to today's month, and the caption of a time axis' today line. */
  today: () => string;
  /** Name of a calendar view on its switcher button: `Month`. */
  calendarView: (view: CalendarView) => string;
  /** Name of the group of view buttons: `Calendar view`. */
  calendarViews: () => string;
  /** Marker on a release a cadence implies but nobody announced: `Projected`. */
  projected: () => string;
  /** Title of the list of release cadences: `Release cadences`. */
  cadenceLegend: () => string;
  /** Note on a cadence without a period, which is not drawn: `As needed: not drawn`. */
  cadenceNotDrawn: () => string;
  /** Name of the list of releases spanning a month: `Spanning December 2025`. */
  spansInMonth: (caption: string) => string;
  /** Shown for a month without releases in the quarter and year views. */
  noReleases: () => string;
  // RoadmapView
  /** Label of the roadmap-wide text search: `Search the roadmap`. */
  search: () => string;
  /** Name of the group of status filter checkboxes: `Show statuses`. */
  statusFilter: () => string;
  /** Name of the layout switcher: `Layout`. */
  layoutSwitcher: () => string;
  /** Name of a RoadmapView layout: `Cards`, `Table`. */
  layoutName: (layout: 'page' | 'table') => string;
  /** Name of the roadmap-wide progress bar: `Overall progress`. */
  overallProgress: () => string;
  /** Shown when the filter hides every phase. */
  noMatches: () => string;
  /** Column headers of the table layout. */
  tableColumn: (column: 'phase' | 'version' | 'dates' | 'status' | 'progress' | 'items' | 'metric' | 'target' | 'current' | 'state') => string;
  /** Headings of the RoadmapView sections. */
  sectionTitle: (section: 'timeline' | 'phases' | 'metrics' | 'calendar') => string;
  /** Announced after filtering: `3 of 5 phases shown`. */
  phasesShown: (shown: number, total: number) => string;
  /** Name of the scrollable frame around a table on narrow screens: `Lumen Roadmap, table`. */
  tableRegion: (caption: string) => string;
  /** The one line a roadmap without dated releases shows instead of an empty calendar. */
  noDatedReleases: () => string;
  /** Where a roadmap-wide metric belongs, in the targets table's phase column: `Whole roadmap`. */
  wholeRoadmap: () => string;
  /** Caption of the table of targets that have no measured value yet: `Targets`. */
  targetsCaption: () => string;
  // PhaseCard and MetricGauge
  /** A metric's target as shown beside its gauge: `Target < 100 ms`. */
  metricTarget: (formattedTarget: string) => string;
  /** A target in words, its direction first: `at least 10,000`, `under 100 ms`. */
  metricTargetInWords: (comparator: Comparator, formattedValue: string) => string;
  /** Whether a metric meets its target, as visible text: `Target met`. */
  metricState: (state: MetricState) => string;
  /** A gauge's `aria-valuetext`: `87 ms, meets the target of < 100 ms`. */
  meterValueText: (formattedCurrent: string, formattedTarget: string, state: 'met' | 'unmet') => string;
  /** Accessible name of a phase's progress bar: `Progress of v2.1.0 Funnels & Journeys`. */
  progressOf: (phaseName: string) => string;
  /** How many items a group holds, beside its toggle: `12 items`. */
  itemCount: (count: number) => string;
  /** Name of the group of items that sit under no sub-heading. */
  untitledGroup: () => string;
  /** Button that shows every item of a long group: `Show all 45`. */
  showAllItems: (count: number) => string;
  /** The same button once every item shows. */
  showFewerItems: () => string;
  /** Heading of a phase's success metrics. */
  metricsHeading: () => string;
  /** Shown in a group whose items are all hidden by the `show` filter. */
  noMatchingItems: () => string;
  /** Title of the message a PhaseCard shows when its phase is not valid. */
  invalidPhase: () => string;
  /** Title of the message a MetricGauge shows when its metric is not valid. */
  invalidMetric: () => string;
  // Timeline
  /** Accessible name of a timeline's list of phases: `Lumen Analytics Roadmap timeline`. */
  timeline: (roadmapTitle: string) => string;
  /** Accessible name of the group of zoom buttons. */
  zoom: () => string;
  /** Name of a zoom level on its button: `Quarter`. */
  zoomLevel: (zoom: TimelineZoom) => string;
  /** Dates of a phase with neither a span nor a timeframe. */
  noDate: () => string;
  /** Heading of the next open items in a phase's tooltip. */
  nextItems: () => string;
}

/**
 * The default English labels that format no date (no date-fns), joined from the per-component
 * modules in `./labels/`. Components import only the modules they show, never this object, so a
 * Timeline does not bundle RoadmapView's or ReleaseCalendar's strings.
 */
export const baseLabels: BaseLabels = {
  ...statusLabels,
  ...progressLabels,
  ...invalidRoadmapLabels,
  ...todayLabels,
  ...timelineLabels,
  ...calendarLabels,
  ...metricGaugeLabels,
  ...phaseCardLabels,
  ...roadmapViewLabels,
};
