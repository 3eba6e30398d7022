import type { Locale } from 'date-fns';
import { monthOfDate, parseCalendarMonth } from '../../dates/calendarMonth.js';
import type { GridDay } from '../../dates/getMonthGrid.js';
import type { CalendarView } from '../../dates/getViewMonths.js';
import { getViewMonths } from '../../dates/getViewMonths.js';
import type { CalendarReleases } from '../../dates/groupCalendarReleases.js';
import { parseIsoDate } from '../../dates/isoDate.js';
import { placeSpansInMonth } from '../../dates/placeSpansInMonth.js';
import type { ProjectedRelease } from '../../dates/projectCadenceReleases.js';
import type { Phase } from '../../model/types.js';
import type { CalendarDay, CalendarHookLabels, CalendarMonth, CalendarWeekday } from './releaseCalendarTypes.js';

/** What a calendar draws, indexed for its days and months. */
export interface CalendarIndex {
  releases: CalendarReleases;
  /** Projected releases by ISO day (empty unless projections are shown). */
  projectedByDay: ReadonlyMap<string, ProjectedRelease[]>;
  /** Projected releases by `YYYY-MM` month. */
  projectedByMonth: ReadonlyMap<string, ProjectedRelease[]>;
}

// Shared empty lists: a day without releases gets the same array on every render.
const NO_PHASES: Phase[] = [];
const NO_PROJECTED: ProjectedRelease[] = [];

/**
 * The day holding the grid's tab stop: the day the reader moved it to while it lies in the month
 * shown; else today, if it is there; else the 1st.
 * @example calendarTabStop('2026-04', '2026-03-20', '2026-03-15') // '2026-04-01'
 */
export function calendarTabStop(month: string, chosen: string | undefined, today: string): string {
  if (chosen !== undefined && monthOfDate(chosen) === month) return chosen;
  return monthOfDate(today) === month ? today : `${month}-01`;
}

/**
 * Caption of a view: the month's name, or its quarter's or year's.
 * @example calendarCaption('2026-05', 'quarter', labels, enUS) // 'Q2 2026'
 */
export function calendarCaption(month: string, view: CalendarView, labels: CalendarHookLabels, locale: Locale): string {
  const first = parseCalendarMonth(getViewMonths(month, view)[0]!);
  if (view === 'month') return labels.monthCaption(first, locale);
  return view === 'quarter' ? labels.quarterTick(first, locale) : labels.yearTick(first, locale);
}

/**
 * The month grid's days with what falls on them: releases and projections (none on days outside
 * the month), today, the tab stop and each day's full name.
 */
export function calendarWeeks(
  grid: readonly (readonly GridDay[])[],
  index: CalendarIndex,
  state: { today: string; focusedDate: string; labels: CalendarHookLabels; locale: Locale },
): CalendarDay[][] {
  const { today, focusedDate, labels, locale } = state;
  return grid.map((week) =>
    week.map(
      (day): CalendarDay => ({
        ...day,
        isToday: day.date === today,
        isFocused: day.date === focusedDate,
        releases: day.isOutside ? NO_PHASES : (index.releases.byDay.get(day.date) ?? NO_PHASES),
        projected: day.isOutside ? NO_PROJECTED : (index.projectedByDay.get(day.date) ?? NO_PROJECTED),
        label: labels.calendarDay(parseIsoDate(day.date), locale),
      }),
    ),
  );
}

/**
 * The weekday columns of a grid, named from its first week.
 * @example calendarWeekdays(getMonthGrid('2026-02', 1)[0], labels, enUS)[0] // { weekday: 1, short: 'Mon', long: 'Monday' }
 */
export function calendarWeekdays(week: readonly GridDay[], labels: CalendarHookLabels, locale: Locale): CalendarWeekday[] {
  return week.map(({ date, weekday }) => {
    const day = parseIsoDate(date);
    return { weekday, short: labels.weekdayShort(day, locale), long: labels.weekdayLong(day, locale) };
  });
}

/**
 * The months of a view (one, three or twelve) with their releases, spans and projections.
 * @example calendarMonths('2026-05', 'quarter', index, labels, enUS).map((month) => month.caption) // ['April 2026', 'May 2026', 'June 2026']
 */
export function calendarMonths(month: string, view: CalendarView, index: CalendarIndex, labels: CalendarHookLabels, locale: Locale): CalendarMonth[] {
  return getViewMonths(month, view).map(
    (key): CalendarMonth => ({
      month: key,
      caption: labels.monthCaption(parseCalendarMonth(key), locale),
      releases: index.releases.byMonth.get(key) ?? NO_PHASES,
      spans: placeSpansInMonth(index.releases.spans, key),
      projected: index.projectedByMonth.get(key) ?? NO_PROJECTED,
    }),
  );
}
