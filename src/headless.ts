// Entry `roadmap-kit/headless`: the model, validation, date helpers and hooks. No CSS, no
// framer-motion, no Radix: a test bundles this entry and checks.
export type { Cadence, Comparator, DateSpan, Item, ItemGroup, Metric, Phase, Precision, Roadmap, Status } from './model/types.js';
export { CADENCE_UNITS, COMPARATORS, PRECISIONS, STATUSES } from './model/types.js';
export type { ValidationResult } from './model/validateRoadmap.js';
export { validateRoadmap } from './model/validateRoadmap.js';
export type { PhaseValidationResult } from './model/validatePhase.js';
export { validatePhase } from './model/validatePhase.js';
export type { MetricValidationResult } from './model/validateMetric.js';
export { validateMetric } from './model/validateMetric.js';
export type { ValidationIssue } from './model/validationContext.js';
export { formatValidationIssue } from './model/validationContext.js';
export type { Progress, StatusCounts } from './model/phaseProgress.js';
export { countByStatus, phaseProgress } from './model/phaseProgress.js';
export { derivePhaseStatus } from './model/derivePhaseStatus.js';
export { isSafeHref } from './model/isSafeHref.js';
export { slugify } from './model/slugify.js';
export type { PhaseNameParts } from './model/phaseName.js';
export { formatPhaseName, getPhaseNameParts } from './model/phaseName.js';
export { isIsoDate } from './model/isIsoDate.js';
export { parseIsoDate, resolveNow, toIsoDate } from './dates/isoDate.js';
export { MAX_ISO_DATE, MIN_ISO_DATE } from './dates/supportedRange.js';
export {
  coarserPrecision,
  isFinerPrecision,
  spanBetween,
  spanOfDay,
  spanOfHalf,
  spanOfMonth,
  spanOfQuarter,
  spanOfWeek,
  spanOfYear,
} from './dates/dateSpans.js';
export { compareSpans, isDateInSpan, spansOverlap } from './dates/compareSpans.js';
export type { SpanTiming } from './dates/spanTiming.js';
export { getSpanTiming, isSpanCurrent, isSpanFuture, isSpanPast } from './dates/spanTiming.js';
export type { RoadmapFilter } from './model/filterRoadmap.js';
export { filterPhase, isFilterActive } from './model/filterRoadmap.js';
export type { RoadmapLabels } from './i18n/labels.js';
export { defaultLabels, mergeLabels } from './i18n/defaultLabels.js';
export { formatSpan } from './i18n/formatSpan.js';

export type { PhaseSummary, UseRoadmapOptions, UseRoadmapResult } from './hooks/useRoadmap.js';
export { useRoadmap } from './hooks/useRoadmap.js';
export type {
  PhaseGroupState,
  PhasePanelAttributes,
  PhaseShowAllAttributes,
  PhaseToggleAttributes,
  UsePhaseOptions,
  UsePhaseResult,
} from './hooks/usePhase.js';
export { defaultOpenGroups, usePhase } from './hooks/usePhase.js';

// ReleaseCalendar: useReleaseCalendar and its pure helpers.
export type {
  CalendarCellAttributes,
  CalendarDay,
  CalendarGridAttributes,
  CalendarMonth,
  CalendarSource,
  CalendarWeekday,
  PropsWithAttributes,
  UseReleaseCalendarOptions,
  UseReleaseCalendarResult,
} from './hooks/useReleaseCalendar.js';
export { useReleaseCalendar } from './hooks/useReleaseCalendar.js';
export { addCalendarMonths, isCalendarMonth, monthOfDate, parseCalendarMonth, toCalendarMonth } from './dates/calendarMonth.js';
export type { GridDay, WeekDay } from './dates/getMonthGrid.js';
export { getMonthGrid } from './dates/getMonthGrid.js';
export type { CalendarView } from './dates/getViewMonths.js';
export { CALENDAR_VIEWS, getViewLength, getViewMonths } from './dates/getViewMonths.js';
export type { CalendarMove } from './dates/moveCalendarDate.js';
export { moveCalendarDate } from './dates/moveCalendarDate.js';
export type { CalendarReleases } from './dates/groupCalendarReleases.js';
export { groupCalendarReleases } from './dates/groupCalendarReleases.js';
export type { SpanPlacement } from './dates/placeSpansInMonth.js';
export { placeSpansInMonth } from './dates/placeSpansInMonth.js';
export type {
  CadenceProjection,
  CadenceSummary,
  ProjectCadenceOptions,
  ProjectedRelease,
  ProjectionAnchor,
  ProjectionAnchorBasis,
} from './dates/projectCadenceReleases.js';
export { projectCadenceReleases } from './dates/projectCadenceReleases.js';
export type { ReleaseKind } from './model/releaseKind.js';
export { compareVersions, getCadenceKind, getVersionKind, parseVersion } from './model/releaseKind.js';

// PhaseCard and MetricGauge
export type { EvaluateMetricOptions, MetricEvaluation, MetricScale, MetricState } from './model/evaluateMetric.js';
export { defaultMetricScale, evaluateMetric, meetsTarget } from './model/evaluateMetric.js';
export type { MetricCheck } from './model/checkMetric.js';
export { checkMetric } from './model/checkMetric.js';
export type { ItemStatusFilter } from './model/isStatusShown.js';
export { isStatusShown, OPEN_STATUSES } from './model/isStatusShown.js';
export { COMPARATOR_SYMBOLS, formatMetricValue } from './i18n/formatMetricValue.js';
export type { MeterAttributes, UseMetricGaugeOptions, UseMetricGaugeResult } from './hooks/useMetricGauge.js';
export { useMetricGauge } from './hooks/useMetricGauge.js';
// Timeline
export type { TimelineBox, TimelineLayout, TimelineLayoutOptions, TimelineOrientation } from './layout/timelineLayout.js';
export { computeTimelineLayout, orderByTime } from './layout/timelineLayout.js';
export type { TimelineZoom, TimeScale, TimeScaleTick } from './dates/timeScale.js';
export { computeTimeScale, TIMELINE_ZOOMS } from './dates/timeScale.js';
export type { LaneAssignment, LaneBar } from './layout/assignLanes.js';
export { assignLanes } from './layout/assignLanes.js';
export type { LayoutBox, ViewWindow } from './layout/visibleRange.js';
export { getBoxesInWindow, getViewWindow } from './layout/visibleRange.js';
export { formatSpanInWords } from './i18n/formatSpanInWords.js';
export type { TimelinePhaseText } from './hooks/internal/describeTimelinePhase.js';
export type {
  TimelineEntry,
  TimelineItemAttributes,
  TimelinePhaseAttributes,
  TimelineTick,
  TimelineToday,
  TimelineZoomAttributes,
  UseTimelineOptions,
  UseTimelineResult,
} from './hooks/useTimeline.js';
export { DEFAULT_DAY_WIDTHS, useTimeline } from './hooks/useTimeline.js';

// ReleaseCalendar: the calendar options `ReleaseCalendar` takes as props (`UseReleaseCalendarOptions` extends them).
export type { ReleaseCalendarOptions } from './hooks/useReleaseCalendar.js';
