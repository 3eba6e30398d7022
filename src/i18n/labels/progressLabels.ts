import type { BaseLabels } from '../baseLabels.js';

/** Default progress text of a phase or roadmap, for the components that count items. */
export const progressLabels: Pick<BaseLabels, 'progress' | 'noItems'> = {
  progress: (done, total) => `${done} of ${total} done`,
  noItems: () => 'No items',
};
