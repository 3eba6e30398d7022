import type { TimelineZoom } from '../../dates/timeScale.js';
import type { RoadmapLabels } from '../labels.js';

const ZOOM_NAMES: Record<TimelineZoom, string> = { month: 'Month', quarter: 'Quarter', year: 'Year' };

/** Default words only Timeline and `useTimeline` show (their dates come from `timeScaleLabels` and `spanInWordsLabels`). */
export const timelineLabels: Pick<RoadmapLabels, 'timeline' | 'zoom' | 'zoomLevel' | 'unscheduled' | 'current' | 'overdue' | 'noDate' | 'nextItems'> = {
  timeline: (roadmapTitle) => `${roadmapTitle} timeline`,
  zoom: () => 'Zoom',
  zoomLevel: (zoom) => ZOOM_NAMES[zoom],
  unscheduled: () => 'Unscheduled',
  current: () => 'Current',
  overdue: () => 'Overdue',
  noDate: () => 'No date',
  nextItems: () => 'Next up',
};
