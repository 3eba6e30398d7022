import type { Locale } from 'date-fns';
import type { HTMLAttributes, KeyboardEvent, MouseEvent } from 'react';
import type { GridDay, WeekDay } from '../../dates/getMonthGrid.js';
import type { CalendarView } from '../../dates/getViewMonths.js';
import type { SpanPlacement } from '../../dates/placeSpansInMonth.js';
import type { CadenceSummary, ProjectedRelease } from '../../dates/projectCadenceReleases.js';
import type { RoadmapLabels } from '../../i18n/labels.js';
import type { Phase } from '../../model/types.js';
import type { ValidationIssue } from '../../model/validationContext.js';

/**
 * What the calendar shows and does, as `ReleaseCalendar` takes it in props (declared apart from
 * `locale`, `now` and `labels`, which the component takes with its common props).
 */
export interface ReleaseCalendarOptions {
  /** Controlled month shown, `YYYY-MM`. */
  month?: string;
  /** Month shown first when uncontrolled. @defaultValue the month of the nearest upcoming release, else of the latest one, else of `now` */
  defaultMonth?: string;
  /** Called with the `YYYY-MM` month the calendar moves to. */
  onMonthChange?: (month: string) => void;
  /** Controlled view. */
  view?: CalendarView;
  /** View shown first when uncontrolled. @defaultValue 'month' */
  defaultView?: CalendarView;
  /** Called with the view the calendar switches to. */
  onViewChange?: (view: CalendarView) => void;
  /** First day of the week, 0 = Sunday. @defaultValue `locale.options.weekStartsOn`, else 0 */
  weekStartsOn?: WeekDay;
  /** Draws the releases cadences imply. @defaultValue false */
  showProjected?: boolean;
  /** How many months past `now` cadences are projected. @defaultValue 12 */
  projectionHorizon?: number;
  /** Text direction; horizontal arrows flip in `rtl`. @defaultValue read from the grid's computed style */
  dir?: 'ltr' | 'rtl';
  /** Called when a release is chosen: Enter or a click on a day with releases, or a click on a release. */
  onSelectRelease?: (release: Phase, releasesOfDay: Phase[]) => void;
}

/** Options of `useReleaseCalendar`: the calendar's options, plus the locale, today and labels. */
export interface UseReleaseCalendarOptions extends ReleaseCalendarOptions {
  /** date-fns locale for month and day names. @defaultValue enUS */
  locale?: Locale;
  /** Today; the calendar opens on its month and marks it. @defaultValue the current date */
  now?: string | Date;
  /** Labels of the captions, days and weekdays (any `RoadmapLabels` will do). @defaultValue the English ones */
  labels?: Pick<RoadmapLabels, 'monthCaption' | 'quarterTick' | 'yearTick' | 'calendarDay' | 'weekdayShort' | 'weekdayLong'>;
}

/** One cell of the month grid, with what falls on that day. */
export interface CalendarDay extends GridDay {
  isToday: boolean;
  /** The grid's single tab stop (and its selection, which follows focus). */
  isFocused: boolean;
  /** Single-day releases of the day, in document order (none on days outside the month). */
  releases: Phase[];
  /** Releases cadences imply on this day, when `showProjected`. */
  projected: ProjectedRelease[];
  /** Full name of the day for screen readers, from `labels.calendarDay`. */
  label: string;
}

/** A month of the quarter or year view, with its releases. */
export interface CalendarMonth {
  /** `YYYY-MM`. */
  month: string;
  /** `December 2025`, from `labels.monthCaption`. */
  caption: string;
  /** Single-day releases of the month, by date. */
  releases: Phase[];
  /** Releases written as spans that overlap the month. */
  spans: SpanPlacement[];
  /** Projected releases of the month, when `showProjected`. */
  projected: ProjectedRelease[];
}

/** A weekday column. */
export interface CalendarWeekday {
  weekday: WeekDay;
  /** `Mon` */
  short: string;
  /** `Monday` */
  long: string;
}

/**
 * What a prop getter returns: the host's props `P`, with the attributes `A` the hook must own (role,
 * ids, ARIA state, handlers it chains) in place of the host's same-named ones.
 */
export type PropsWithAttributes<P, A> = Omit<P, keyof A> & A;

/** What `useReleaseCalendar` gives. */
export interface UseReleaseCalendarResult {
  /** Every problem of an invalid input, with its JSON path; empty when valid. An invalid input gives an empty calendar. */
  issues: ValidationIssue[];
  /** The `YYYY-MM` month shown (the anchor of quarter and year views). */
  month: string;
  setMonth: (month: string) => void;
  view: CalendarView;
  setView: (view: CalendarView) => void;
  /** Today, ISO. */
  today: string;
  weekStartsOn: WeekDay;
  /** Caption of the view: `December 2025`, `Q1 2026` or `2026`. */
  caption: string;
  weekdays: CalendarWeekday[];
  /** Weeks × days of `month`. */
  weeks: CalendarDay[][];
  /** Releases spanning `month` (month, quarter, half, year precision or day ranges). */
  spans: SpanPlacement[];
  /** The months of the view, with their releases. */
  months: CalendarMonth[];
  /** Every projected release inside the horizon, when `showProjected`. */
  projected: ProjectedRelease[];
  /** Every cadence, including those without a period, for a legend. */
  cadences: CadenceSummary[];
  /** ISO day holding the grid's tab stop. */
  focusedDate: string;
  /** Moves the tab stop (and the month, if needed); `focus` also moves DOM focus after rendering. */
  focusDate: (date: string, options?: { focus?: boolean }) => void;
  goToPrevious: () => void;
  goToNext: () => void;
  goToToday: () => void;
  /** Calls `onSelectRelease` for one release. */
  selectRelease: (release: Phase) => void;
  /** Props for the grid element: `role="grid"` and the keyboard model. */
  getGridProps<P extends HTMLAttributes<HTMLElement>>(props?: P): PropsWithAttributes<P, CalendarGridAttributes>;
  /** Props for a day cell: roving `tabIndex`, `aria-selected`, `aria-current="date"` on today, and the ref keyboard focus moves through. */
  getCellProps<P extends HTMLAttributes<HTMLElement>>(day: CalendarDay, props?: P): PropsWithAttributes<P, CalendarCellAttributes>;
}

export interface CalendarGridAttributes {
  role: 'grid';
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
}

export interface CalendarCellAttributes {
  role: 'gridcell';
  /** Hands the cell to the roving focus, which moves DOM focus to it after a key press. */
  ref: (element: HTMLElement | null) => void;
  tabIndex: 0 | -1;
  'aria-selected': boolean;
  'aria-current': 'date' | undefined;
  'data-date': string;
  'data-outside': true | undefined;
  'data-today': true | undefined;
  onClick: (event: MouseEvent<HTMLElement>) => void;
}

/** The labels the hook reads: dates only; the component's words are its own. */
export type CalendarHookLabels = NonNullable<UseReleaseCalendarOptions['labels']>;
