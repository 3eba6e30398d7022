import { defineSlots } from '../../theme/slots.js';

/** Slots of RoadmapView and its parts, with their default classes. */
export const roadmapViewSlots = /* @__PURE__ */ defineSlots('roadmap-view', [
  'header',
  'title',
  'summary',
  'updated',
  'progress',
  'progressLabel',
  'progressTrack',
  'progressFill',
  'progressText',
  'filters',
  'search',
  'searchInput',
  'statusFilter',
  'statusOption',
  'layoutSwitcher',
  'layoutButton',
  'announcement',
  'section',
  'sectionTitle',
  'phases',
  'metrics',
  'empty',
  'tableScroll',
  'table',
  'tableItems',
]);

/** The parts of a RoadmapView that a host can hide (`false`) or draw itself (a function). */
export type RoadmapViewPart = 'header' | 'filters' | 'timeline' | 'phases' | 'metrics' | 'calendar';

/** `page` lays the components out; `table` shows the roadmap as one accessible data table. */
export type RoadmapLayout = 'page' | 'table';
