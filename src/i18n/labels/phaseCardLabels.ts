import type { RoadmapLabels } from '../labels.js';

/** Default words only PhaseCard shows: its progress bar, groups and metrics heading. */
export const phaseCardLabels: Pick<
  RoadmapLabels,
  'progressOf' | 'itemCount' | 'untitledGroup' | 'showAllItems' | 'showFewerItems' | 'metricsHeading' | 'noMatchingItems' | 'invalidPhase'
> = {
  progressOf: (phaseName) => `Progress of ${phaseName}`,
  itemCount: (count) => (count === 1 ? '1 item' : `${count} items`),
  untitledGroup: () => 'Items',
  showAllItems: (count) => `Show all ${count}`,
  showFewerItems: () => 'Show fewer',
  metricsHeading: () => 'Success metrics',
  noMatchingItems: () => 'No items match this filter',
  invalidPhase: () => 'This phase could not be shown',
};
