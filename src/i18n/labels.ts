import type { Locale } from 'date-fns';
import type { CalendarView } from '../dates/getViewMonths.js';
import type { TimelineZoom } from '../dates/timeScale.js';
import type { MetricState } from '../model/evaluateMetric.js';
import type { Comparator, DateSpan, Status } from '../model/types.js';

/**
 * Every user-facing string roadmap-kit renders, as overridable functions (react-day-picker's
 * `labels` idea). Pass a partial object as the `labels` prop or to `RoadmapThemeProvider`.
 * The defaults live in small modules in `./labels/`, by the component or feature that shows
 * them, so a component bundles only the strings it shows: a component passes its own set to
 * `useCommonProps` and may read only those labels. The modules whose labels format a date
 * (`formatDate`) are kept apart from the others, so a gauge bundles no date code; `defaultLabels`
 * joins them all for hosts. This file holds only types, so the modules can name their part of it
 * without an import cycle. A new label function goes into its section here, and its default into
 * the module of what shows it.
 */
export interface RoadmapLabels {
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
  // Labels that format a date in a date-fns locale: the host's, else roadmap-kit's built-in en-US
  // (`enUSDateLocale`), which date-fns `format` takes like `enUS` but which has no `formatDistance`,
  // `formatRelative` or parsing, so an override that hands it to those needs `locale={enUS}`.
  /** Month caption of a calendar: `December 2025`. */
  monthCaption: (month: Date, locale: Locale) => string;
  /** Month tick of a time axis: `Jan 2026`. */
  monthTick: (month: Date, locale: Locale) => string;
  /** Quarter tick of a time axis: `Q1 2026`. */
  quarterTick: (quarterStart: Date, locale: Locale) => string;
  /** Year tick of a time axis: `2026`. */
  yearTick: (yearStart: Date, locale: Locale) => string;
  /** A day's full name for screen readers: `Tuesday, December 16th, 2025`. */
  calendarDay: (day: Date, locale: Locale) => string;
  /** A weekday column header as shown: `Mon`. */
  weekdayShort: (day: Date, locale: Locale) => string;
  /** A weekday column header in full, for screen readers: `Monday`. */
  weekdayLong: (day: Date, locale: Locale) => string;
  /** When the roadmap was last updated: `Updated 1 Mar 2026`. */
  updated: (date: Date, locale: Locale) => string;
  /** A span as a screen reader should hear it: `January to March 2026` for `Q1 2026`. */
  spanInWords: (span: DateSpan, locale: Locale) => string;
}
