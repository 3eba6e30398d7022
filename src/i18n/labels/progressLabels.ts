import type { RoadmapLabels } from '../labels.js';

/** Default progress text of a phase or roadmap, for the components that count items. */
export const progressLabels: Pick<RoadmapLabels, 'progress' | 'noItems'> = {
  progress: (done, total) => `${done} of ${total} done`,
  noItems: () => 'No items',
};
