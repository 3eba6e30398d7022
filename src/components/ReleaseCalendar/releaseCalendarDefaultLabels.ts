import { calendarDateLabels } from '../../i18n/labels/calendarDateLabels.js';
import { calendarLabels } from '../../i18n/labels/calendarLabels.js';
import { progressLabels } from '../../i18n/labels/progressLabels.js';
import { statusLabels } from '../../i18n/labels/statusLabels.js';
import { timeScaleLabels } from '../../i18n/labels/timeScaleLabels.js';
import { todayLabels } from '../../i18n/labels/todayLabels.js';

/**
 * Every default label ReleaseCalendar and its `useReleaseCalendar` show, and nothing else, so it
 * bundles no other component's strings. Its tooltips give a release's status and progress.
 */
export const releaseCalendarDefaultLabels = {
  ...statusLabels,
  ...progressLabels,
  ...todayLabels,
  ...calendarLabels,
  ...timeScaleLabels,
  ...calendarDateLabels,
};

/** The labels ReleaseCalendar's parts may read: those it has defaults for. */
export type ReleaseCalendarDefaultLabels = typeof releaseCalendarDefaultLabels;
