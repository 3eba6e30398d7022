import type { RoadmapLabels } from '../labels.js';
import { formatDate } from '../formatDate.js';

/** Default month caption, day names and weekday headers of the calendar grid. */
export const calendarDateLabels: Pick<RoadmapLabels, 'monthCaption' | 'calendarDay' | 'weekdayShort' | 'weekdayLong'> = {
  monthCaption: (month, locale) => formatDate(month, 'LLLL yyyy', locale),
  calendarDay: (day, locale) => formatDate(day, 'PPPP', locale),
  weekdayShort: (day, locale) => formatDate(day, 'EEE', locale),
  weekdayLong: (day, locale) => formatDate(day, 'EEEE', locale),
};
