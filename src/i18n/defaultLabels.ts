import { calendarDateLabels } from './labels/calendarDateLabels.js';
import { calendarLabels } from './labels/calendarLabels.js';
import { invalidRoadmapLabels } from './labels/invalidRoadmapLabels.js';
import { metricGaugeLabels } from './labels/metricGaugeLabels.js';
import { phaseCardLabels } from './labels/phaseCardLabels.js';
import { progressLabels } from './labels/progressLabels.js';
import { roadmapViewLabels } from './labels/roadmapViewLabels.js';
import { spanInWordsLabels } from './labels/spanInWordsLabels.js';
import { statusLabels } from './labels/statusLabels.js';
import { timelineLabels } from './labels/timelineLabels.js';
import { timeScaleLabels } from './labels/timeScaleLabels.js';
import { todayLabels } from './labels/todayLabels.js';
import { updatedLabels } from './labels/updatedLabels.js';
import type { RoadmapLabels } from './labels.js';

/**
 * The default English (en-US) labels, joined from the per-component modules in `./labels/`.
 * Components import only the modules they show, never this object, so a Timeline does not bundle
 * RoadmapView's or ReleaseCalendar's strings.
 */
export const defaultLabels: RoadmapLabels = {
  ...statusLabels,
  ...progressLabels,
  ...invalidRoadmapLabels,
  ...todayLabels,
  ...timelineLabels,
  ...calendarLabels,
  ...metricGaugeLabels,
  ...phaseCardLabels,
  ...roadmapViewLabels,
  ...timeScaleLabels,
  ...calendarDateLabels,
  ...spanInWordsLabels,
  ...updatedLabels,
};

/** Defaults with a host's overrides on top. */
export function mergeLabels(...overrides: (Partial<RoadmapLabels> | undefined)[]): RoadmapLabels {
  return Object.assign({}, defaultLabels, ...overrides.filter(Boolean));
}
