import type { RoadmapLabels } from '../labels.js';

const TABLE_COLUMNS = {
  phase: 'Phase',
  version: 'Version',
  dates: 'Dates',
  status: 'Status',
  progress: 'Progress',
  items: 'Items',
  metric: 'Metric',
  target: 'Target',
  current: 'Current',
  state: 'State',
} as const;
const SECTION_TITLES = { timeline: 'Timeline', phases: 'Phases', metrics: 'Success metrics', calendar: 'Release calendar' } as const;

/** Default words only RoadmapView shows: its filter bar, sections and tables (its date comes from `updatedLabels`). */
export const roadmapViewLabels: Pick<
  RoadmapLabels,
  | 'search'
  | 'statusFilter'
  | 'layoutSwitcher'
  | 'layoutName'
  | 'overallProgress'
  | 'noMatches'
  | 'tableColumn'
  | 'sectionTitle'
  | 'phasesShown'
  | 'tableRegion'
  | 'noDatedReleases'
  | 'wholeRoadmap'
  | 'targetsCaption'
> = {
  search: () => 'Search the roadmap',
  statusFilter: () => 'Show statuses',
  layoutSwitcher: () => 'Layout',
  layoutName: (layout) => (layout === 'page' ? 'Cards' : 'Table'),
  overallProgress: () => 'Overall progress',
  noMatches: () => 'No phase matches this filter.',
  tableColumn: (column) => TABLE_COLUMNS[column],
  sectionTitle: (section) => SECTION_TITLES[section],
  phasesShown: (shown, total) => `${shown} of ${total} phases shown`,
  tableRegion: (caption) => `${caption}, table`,
  noDatedReleases: () => 'No dated releases yet: none of these phases has a date.',
  wholeRoadmap: () => 'Whole roadmap',
  targetsCaption: () => 'Targets without a measured value',
};
