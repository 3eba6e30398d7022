import type { CalendarView } from '../../dates/getViewMonths.js';
import type { RoadmapLabels } from '../labels.js';

const VIEW_NAMES: Record<CalendarView, string> = { month: 'Month', quarter: 'Quarter', year: 'Year' };

/** Default words only ReleaseCalendar shows: its toolbar, legend and lists (its dates come from `calendarDateLabels`). */
export const calendarLabels: Pick<
  RoadmapLabels,
  'previousPeriod' | 'nextPeriod' | 'calendarView' | 'calendarViews' | 'projected' | 'cadenceLegend' | 'cadenceNotDrawn' | 'spansInMonth' | 'noReleases'
> = {
  previousPeriod: (view) => `Previous ${view}`,
  nextPeriod: (view) => `Next ${view}`,
  calendarView: (view) => VIEW_NAMES[view],
  calendarViews: () => 'Calendar view',
  projected: () => 'Projected',
  cadenceLegend: () => 'Release cadences',
  cadenceNotDrawn: () => 'not drawn: no fixed period',
  spansInMonth: (caption) => `Spanning ${caption}`,
  noReleases: () => 'No releases',
};
