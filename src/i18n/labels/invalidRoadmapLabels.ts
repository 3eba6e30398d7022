import type { RoadmapLabels } from '../labels.js';

/** Default title of RoadmapIssues, the message every component shows for an invalid roadmap. */
export const invalidRoadmapLabels: Pick<RoadmapLabels, 'invalidRoadmap'> = {
  invalidRoadmap: () => 'This roadmap could not be shown',
};
