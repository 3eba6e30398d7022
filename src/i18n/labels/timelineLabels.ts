import type { TimelineZoom } from '../../dates/timeScale.js';
import type { BaseLabels } from '../baseLabels.js';

const ZOOM_NAMES: Record<TimelineZoom, string> = { month: 'Month', quarter: 'Quarter', year: 'Year' };

/** Default words only Timeline and `useTimeline` show (their dates come from `timeScaleLabels` and `spanInWordsLabels`). */
export const timelineLabels: Pick<BaseLabels, 'timeline' | 'zoom' | 'zoomLevel' | 'unscheduled' | 'current' | 'overdue' | 'noDate' | 'nextItems'> = {
  timeline: (roadmapTitle) => `${roadmapTitle} timeline`,
  zoom: () => 'Zoom',
  zoomLevel: (zoom) => ZOOM_NAMES[zoom],
  unscheduled: () => 'Unscheduled',
  current: () => 'Current',
  overdue: () => 'Overdue',
  noDate: () => 'No date',
  nextItems: () => 'Next up',
};
