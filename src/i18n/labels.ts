import type { Locale } from 'date-fns';
import { format } from 'date-fns';
import type { TimelineZoom } from '../dates/timeScale.js';
import type { DateSpan, Status } from '../model/types.js';
import { formatSpanInWords } from './formatSpanInWords.js';

/**
 * Every user-facing string roadmap-kit renders, as overridable functions (react-day-picker's
 * `labels` idea). Pass a partial object as the `labels` prop or to `RoadmapThemeProvider`.
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
  /** Month caption of a calendar: `December 2025`. */
  monthCaption: (month: Date, locale: Locale) => string;
  /** Month tick of a time axis: `Jan 2026`. */
  monthTick: (month: Date, locale: Locale) => string;
  /** Quarter tick of a time axis: `Q1 2026`. */
  quarterTick: (quarterStart: Date, locale: Locale) => string;
  /** Year tick of a time axis: `2026`. */
  yearTick: (yearStart: Date, locale: Locale) => string;
  // Timeline
  /** A span as a screen reader should hear it: `January to March 2026` for `Q1 2026`. */
  spanInWords: (span: DateSpan, locale: Locale) => string;
  /** Accessible name of a timeline's list of phases: `Lumen Analytics Roadmap timeline`. */
  timeline: (roadmapTitle: string) => string;
  /** Accessible name of the group of zoom buttons. */
  zoom: () => string;
  /** Name of a zoom level on its button: `Quarter`. */
  zoomLevel: (zoom: TimelineZoom) => string;
  /** Caption of the today line on a time axis. */
  today: () => string;
  /** Dates of a phase with neither a span nor a timeframe. */
  noDate: () => string;
  /** Heading of the next open items in a phase's tooltip. */
  nextItems: () => string;
}

const ZOOM_NAMES: Record<TimelineZoom, string> = { month: 'Month', quarter: 'Quarter', year: 'Year' };

const STATUS_NAMES: Record<Status, string> = {
  done: 'Done',
  'in-progress': 'In progress',
  planned: 'Planned',
  deferred: 'Deferred',
  cancelled: 'Cancelled',
};

/** The default English (en-US) labels. */
export const defaultLabels: RoadmapLabels = {
  status: (status) => STATUS_NAMES[status],
  progress: (done, total) => `${done} of ${total} done`,
  noItems: () => 'No items',
  noData: () => 'No data yet',
  overdue: () => 'Overdue',
  current: () => 'Current',
  unscheduled: () => 'Unscheduled',
  invalidRoadmap: () => 'This roadmap could not be shown',
  monthCaption: (month, locale) => format(month, 'LLLL yyyy', { locale }),
  monthTick: (month, locale) => format(month, 'LLL yyyy', { locale }),
  quarterTick: (quarterStart, locale) => format(quarterStart, 'QQQ yyyy', { locale }),
  yearTick: (yearStart, locale) => format(yearStart, 'yyyy', { locale }),
  // Timeline
  spanInWords: (span, locale) => formatSpanInWords(span, locale),
  timeline: (roadmapTitle) => `${roadmapTitle} timeline`,
  zoom: () => 'Zoom',
  zoomLevel: (zoom) => ZOOM_NAMES[zoom],
  today: () => 'Today',
  noDate: () => 'No date',
  nextItems: () => 'Next up',
};

/** Defaults with a host's overrides on top. */
export function mergeLabels(...overrides: (Partial<RoadmapLabels> | undefined)[]): RoadmapLabels {
  return Object.assign({}, defaultLabels, ...overrides.filter(Boolean));
}
