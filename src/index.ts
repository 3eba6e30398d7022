// Entry `roadmap-kit`: components, hooks, model types, validateRoadmap and theme helpers. Each
// component's slot map (`<name>Slots`: slot → `rk-…` class) is public so a host can target a part.
// Everything headless is re-exported by name so a host needs one import path.
export * from './headless.js';

export type { StatusBadgeProps } from './components/StatusBadge/StatusBadge.js';
export { StatusBadge } from './components/StatusBadge/StatusBadge.js';
export { statusBadgeSlots } from './components/StatusBadge/StatusBadge.slots.js';
export type { RoadmapIssuesProps } from './components/RoadmapIssues/RoadmapIssues.js';
export { RoadmapIssues } from './components/RoadmapIssues/RoadmapIssues.js';
export { roadmapIssuesSlots } from './components/RoadmapIssues/RoadmapIssues.slots.js';
export type { CommonProps } from './components/common/commonProps.js';

export type { RoadmapDefaults, RoadmapThemeProviderProps } from './theme/RoadmapThemeProvider.js';
export { RoadmapThemeProvider } from './theme/RoadmapThemeProvider.js';
export type { ThemeAttributes } from './theme/themeToStyle.js';
export { themeToStyle } from './theme/themeToStyle.js';
export type { ColorScheme, Density, RoadmapTheme } from './theme/tokens.js';
export type { BlockSlots, SlotClassNames, SlotMap } from './theme/slots.js';
export type { KebabCase } from './theme/kebabCase.js';

// ReleaseCalendar
export type { ReleaseCalendarOptionProps, ReleaseCalendarProps } from './components/ReleaseCalendar/ReleaseCalendar.js';
export { ReleaseCalendar } from './components/ReleaseCalendar/ReleaseCalendar.js';
export { releaseCalendarSlots } from './components/ReleaseCalendar/ReleaseCalendar.slots.js';

// MetricGauge
export type { MetricGaugeProps, MetricGaugeVariant } from './components/MetricGauge/MetricGauge.js';
export { MetricGauge } from './components/MetricGauge/MetricGauge.js';
export { metricGaugeSlots } from './components/MetricGauge/MetricGauge.slots.js';

// PhaseCard
export type { PhaseCardProps } from './components/PhaseCard/PhaseCard.js';
export { PhaseCard } from './components/PhaseCard/PhaseCard.js';
export { phaseCardSlots } from './components/PhaseCard/PhaseCard.slots.js';
export type { PhaseCardItemContext, PhaseCardRenderItem } from './components/PhaseCard/PhaseCardItem.js';
export type { HeadingLevel } from './components/PhaseCard/PhaseCard.js';

// Timeline
export type { TimelinePosition, TimelineProps } from './components/Timeline/Timeline.js';
export { Timeline } from './components/Timeline/Timeline.js';
export type { RenderTimelinePhase, TimelinePhaseRenderState } from './components/Timeline/TimelinePhase.js';
export { timelineSlots } from './components/Timeline/Timeline.slots.js';

// RoadmapView
export type { RoadmapViewProps } from './components/RoadmapView/RoadmapView.js';
export { RoadmapView } from './components/RoadmapView/RoadmapView.js';
export { roadmapViewSlots } from './components/RoadmapView/RoadmapView.slots.js';
export type { RoadmapLayout, RoadmapViewPart } from './components/RoadmapView/RoadmapView.slots.js';
