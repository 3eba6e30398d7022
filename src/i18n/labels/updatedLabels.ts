import type { DateLabels } from '../dateLabels.js';
import { formatDate } from '../formatDate.js';

/** Default "last updated" line of RoadmapView's header. */
export const updatedLabels: Pick<DateLabels, 'updated'> = {
  updated: (date, locale) => `Updated ${formatDate(date, 'd MMM yyyy', locale)}`,
};
