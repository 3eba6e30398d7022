/** Slots of RoadmapView and its parts, with their default classes. */
export const roadmapViewSlots = {
  root: 'rk-roadmap-view',
  header: 'rk-roadmap-view__header',
  title: 'rk-roadmap-view__title',
  summary: 'rk-roadmap-view__summary',
  updated: 'rk-roadmap-view__updated',
  progress: 'rk-roadmap-view__progress',
  progressLabel: 'rk-roadmap-view__progress-label',
  progressTrack: 'rk-roadmap-view__progress-track',
  progressFill: 'rk-roadmap-view__progress-fill',
  progressText: 'rk-roadmap-view__progress-text',
  filters: 'rk-roadmap-view__filters',
  search: 'rk-roadmap-view__search',
  searchInput: 'rk-roadmap-view__search-input',
  statusFilter: 'rk-roadmap-view__status-filter',
  statusOption: 'rk-roadmap-view__status-option',
  layoutSwitcher: 'rk-roadmap-view__layout-switcher',
  layoutButton: 'rk-roadmap-view__layout-button',
  announcement: 'rk-roadmap-view__announcement',
  section: 'rk-roadmap-view__section',
  sectionTitle: 'rk-roadmap-view__section-title',
  phases: 'rk-roadmap-view__phases',
  metrics: 'rk-roadmap-view__metrics',
  empty: 'rk-roadmap-view__empty',
  tableScroll: 'rk-roadmap-view__table-scroll',
  table: 'rk-roadmap-view__table',
  tableItems: 'rk-roadmap-view__table-items',
} as const;

/** The parts of a RoadmapView that a host can hide (`false`) or draw itself (a function). */
export type RoadmapViewPart = 'header' | 'filters' | 'timeline' | 'phases' | 'metrics' | 'calendar';

/** `page` lays the components out; `table` shows the roadmap as one accessible data table. */
export type RoadmapLayout = 'page' | 'table';
