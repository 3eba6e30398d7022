import type { BaseLabels } from '../baseLabels.js';

/** Default title of RoadmapIssues, the message every component shows for an invalid roadmap. */
export const invalidRoadmapLabels: Pick<BaseLabels, 'invalidRoadmap'> = {
  invalidRoadmap: () => 'This roadmap could not be shown',
};
