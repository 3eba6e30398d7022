import type { RoadmapLabels } from '../labels.js';
import { formatDate } from '../formatDate.js';

/** Default month, quarter and year names of a time axis, which the calendar's quarter and year captions reuse. */
export const timeScaleLabels: Pick<RoadmapLabels, 'monthTick' | 'quarterTick' | 'yearTick'> = {
  monthTick: (month, locale) => formatDate(month, 'LLL yyyy', locale),
  quarterTick: (quarterStart, locale) => formatDate(quarterStart, 'QQQ yyyy', locale),
  yearTick: (yearStart, locale) => formatDate(yearStart, 'yyyy', locale),
};
