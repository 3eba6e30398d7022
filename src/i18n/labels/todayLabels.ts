import type { RoadmapLabels } from '../labels.js';

/** Default caption of today, shared by the calendar's button and the timeline's today line. */
export const todayLabels: Pick<RoadmapLabels, 'today'> = {
  today: () => 'Today',
};
