import type { RoadmapLabels } from '../labels.js';
import { formatDate } from '../formatDate.js';

/** Default "last updated" line of RoadmapView's header. */
export const updatedLabels: Pick<RoadmapLabels, 'updated'> = {
  updated: (date, locale) => `Updated ${formatDate(date, 'd MMM yyyy', locale)}`,
};
