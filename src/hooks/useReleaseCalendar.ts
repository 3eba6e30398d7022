'use client';
import type { Locale } from 'date-fns';
import type { HTMLAttributes, KeyboardEvent, MouseEvent } from 'react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { addCalendarMonths, isCalendarMonth, monthOfDate, parseCalendarMonth } from '../dates/calendarMonth.js';
import type { GridDay, WeekDay } from '../dates/getMonthGrid.js';
import { getMonthGrid } from '../dates/getMonthGrid.js';
import { getOpeningMonth } from '../dates/getOpeningMonth.js';
import type { CalendarView } from '../dates/getViewMonths.js';
import { getViewLength, getViewMonths } from '../dates/getViewMonths.js';
import { groupCalendarReleases, indexByKey } from '../dates/groupCalendarReleases.js';
import { parseIsoDate, resolveNow } from '../dates/isoDate.js';
import { moveCalendarDate } from '../dates/moveCalendarDate.js';
import { clampIsoDate } from '../dates/supportedRange.js';
import type { SpanPlacement } from '../dates/placeSpansInMonth.js';
import { placeSpansInMonth } from '../dates/placeSpansInMonth.js';
import type { CadenceSummary, ProjectedRelease } from '../dates/projectCadenceReleases.js';
import { projectCadenceReleases } from '../dates/projectCadenceReleases.js';
import { enUSDateLocale } from '../i18n/enUSDateLocale.js';
import type { RoadmapLabels } from '../i18n/labels.js';
import { calendarDateLabels } from '../i18n/labels/calendarDateLabels.js';
import { timeScaleLabels } from '../i18n/labels/timeScaleLabels.js';
import type { Phase } from '../model/types.js';
import type { ValidationResult } from '../model/validateRoadmap.js';
import type { ValidationIssue } from '../model/validationContext.js';
import { calendarMoveForKey } from './internal/calendarKeyMap.js';
import { composeHandlers } from './internal/composeHandlers.js';
import { focusScrollingFirst } from './internal/focusScrollingFirst.js';
import { NO_ISSUES } from './internal/noIssues.js';
import { useControllableState } from './internal/useControllableState.js';
import type { CalendarSource } from './internal/validateCalendarSource.js';
import { validateCalendarSource } from './internal/validateCalendarSource.js';

/** Options of `useReleaseCalendar`. */
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

type PropsWith<P, A> = Omit<P, keyof A> & A;

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
  /** Props for the grid element: `role="grid"`, the keyboard model and a ref used to restore focus. */
  getGridProps<P extends HTMLAttributes<HTMLElement>>(props?: P): PropsWith<P, GridAttributes>;
  /** Props for a day cell: roving `tabIndex`, `aria-selected`, `aria-current="date"` on today. */
  getCellProps<P extends HTMLAttributes<HTMLElement>>(day: CalendarDay, props?: P): PropsWith<P, CellAttributes>;
}

interface GridAttributes {
  role: 'grid';
  ref: (element: HTMLElement | null) => void;
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
}

interface CellAttributes {
  role: 'gridcell';
  tabIndex: 0 | -1;
  'aria-selected': boolean;
  'aria-current': 'date' | undefined;
  'data-date': string;
  'data-outside': true | undefined;
  'data-today': true | undefined;
  onClick: (event: MouseEvent<HTMLElement>) => void;
}

/** The labels the hook reads: dates only; the component's words are its own. */
type CalendarHookLabels = NonNullable<UseReleaseCalendarOptions['labels']>;

// The hook's own defaults, not `defaultLabels`, so a host of the hook bundles no component's strings.
const DEFAULT_LABELS: CalendarHookLabels = { ...timeScaleLabels, ...calendarDateLabels };

const NO_PHASES: Phase[] = [];
// What an invalid input shows: no release, no cadence.
const EMPTY_SOURCE: CalendarSource = { phases: [], cadences: [] };
const NO_PROJECTED: ProjectedRelease[] = [];

function captionOf(month: string, view: CalendarView, labels: CalendarHookLabels, locale: Locale): string {
  const first = parseCalendarMonth(getViewMonths(month, view)[0]!);
  if (view === 'month') return labels.monthCaption(first, locale);
  return view === 'quarter' ? labels.quarterTick(first, locale) : labels.yearTick(first, locale);
}

/**
 * Everything a release calendar shows and does, headless: weeks × days of a month, the months of a
 * quarter or year view, releases per day and spans per month, projected cadence releases, and the
 * WAI-ARIA date grid keyboard model with roving focus
 * (https://www.w3.org/WAI/ARIA/apg/patterns/grid/).
 * @example
 * const calendar = useReleaseCalendar(roadmap, { now: '2026-03-15', showProjected: true });
 * <table {...calendar.getGridProps()}>{calendar.weeks.map((week) => <tr>{week.map((day) =>
 *   <td {...calendar.getCellProps(day)}>{day.dayOfMonth}</td>)}</tr>)}</table>
 */
export function useReleaseCalendar(input: CalendarSource, options: UseReleaseCalendarOptions = {}): UseReleaseCalendarResult {
  // A host may hand the hook anything: it is checked here, once per input.
  const validation = useMemo(() => validateCalendarSource(input), [input]);
  return useReleaseCalendarOfValidated(validation, options);
}

/**
 * `useReleaseCalendar` from a validation already made: the ReleaseCalendar component's edge
 * validated its roadmap, so the hook does not again.
 */
export function useReleaseCalendarOfValidated(validation: ValidationResult, options: UseReleaseCalendarOptions = {}): UseReleaseCalendarResult {
  const roadmap = validation.ok ? validation.roadmap : EMPTY_SOURCE;
  const { locale = enUSDateLocale, labels = DEFAULT_LABELS, showProjected = false, projectionHorizon = 12, onSelectRelease } = options;
  const today = resolveNow(options.now);
  const weekStartsOn: WeekDay = options.weekStartsOn ?? locale.options?.weekStartsOn ?? 0;
  // Until the reader picks a month, the default opens where the releases are, from today (which moves after hydration).
  const defaultMonth = isCalendarMonth(options.defaultMonth) ? options.defaultMonth : undefined;
  const onMonthChange = options.onMonthChange as ((month: string | undefined) => void) | undefined;
  const [chosenMonth, setMonth] = useControllableState({ value: options.month, defaultValue: defaultMonth, onChange: onMonthChange, name: 'month' });
  const month = chosenMonth ?? getOpeningMonth(roadmap.phases, today);
  const [view, setView] = useControllableState<CalendarView>({
    value: options.view,
    defaultValue: options.defaultView ?? 'month',
    onChange: options.onViewChange,
    name: 'view',
  });
  const [focusState, setFocusState] = useState<string | undefined>(undefined);
  const gridRef = useRef<HTMLElement | null>(null);
  const pendingFocus = useRef(false);

  // The tab stop stays inside the month shown: today if it is there, else the first.
  const focusedDate =
    focusState !== undefined && monthOfDate(focusState) === month ? focusState : monthOfDate(today) === month ? today : `${month}-01`;

  const releases = useMemo(() => groupCalendarReleases(roadmap.phases ?? []), [roadmap.phases]);
  const projection = useMemo(() => projectCadenceReleases(roadmap, { now: today, projectionHorizon }), [roadmap, today, projectionHorizon]);
  const projected = showProjected ? projection.projected : NO_PROJECTED;
  const projectedByDay = useMemo(() => indexByKey(projected, (release) => release.date), [projected]);
  const projectedByMonth = useMemo(() => indexByKey(projected, (release) => monthOfDate(release.date)), [projected]);
  const grid = useMemo(() => getMonthGrid(month, weekStartsOn), [month, weekStartsOn]);

  const weeks = useMemo(
    () =>
      grid.map((week) =>
        week.map(
          (day): CalendarDay => ({
            ...day,
            isToday: day.date === today,
            isFocused: day.date === focusedDate,
            releases: day.isOutside ? NO_PHASES : (releases.byDay.get(day.date) ?? NO_PHASES),
            projected: day.isOutside ? NO_PROJECTED : (projectedByDay.get(day.date) ?? NO_PROJECTED),
            label: labels.calendarDay(parseIsoDate(day.date), locale),
          }),
        ),
      ),
    [grid, today, focusedDate, releases, projectedByDay, labels, locale],
  );
  const weekdays = useMemo(
    () =>
      grid[0]!.map(({ date, weekday }) => {
        const day = parseIsoDate(date);
        return { weekday, short: labels.weekdayShort(day, locale), long: labels.weekdayLong(day, locale) };
      }),
    [grid, labels, locale],
  );
  const months = useMemo(
    () =>
      getViewMonths(month, view).map(
        (key): CalendarMonth => ({
          month: key,
          caption: labels.monthCaption(parseCalendarMonth(key), locale),
          releases: releases.byMonth.get(key) ?? NO_PHASES,
          spans: placeSpansInMonth(releases.spans, key),
          projected: projectedByMonth.get(key) ?? NO_PROJECTED,
        }),
      ),
    [month, view, releases, projectedByMonth, labels, locale],
  );
  const spans = view === 'month' ? months[0]!.spans : placeSpansInMonth(releases.spans, month);

  // Keyboard moves render the new cell first, then focus it: the APG grid keeps focus on the cell.
  useEffect(() => {
    if (!pendingFocus.current) return;
    pendingFocus.current = false;
    const cell = gridRef.current?.querySelector<HTMLElement>(`[data-date="${focusedDate}"]`);
    return cell ? focusScrollingFirst(cell) : undefined;
  }, [focusedDate]);

  const focusDate = useCallback(
    (requested: string, { focus = false } = {}) => {
      // The outside days of 0001-01 and 9999-12 lie past the dates a roadmap can hold.
      const date = clampIsoDate(requested);
      setFocusState(date);
      if (monthOfDate(date) !== month) setMonth(monthOfDate(date));
      pendingFocus.current = focus;
    },
    [month, setMonth],
  );
  const step = useCallback(
    (direction: 1 | -1) => {
      const amount = direction * getViewLength(view);
      // The navigation button keeps focus; only keyboard moves inside the grid carry it along.
      pendingFocus.current = false;
      setFocusState(moveCalendarDate(focusedDate, 'month', amount));
      setMonth(addCalendarMonths(month, amount));
    },
    [view, focusedDate, month, setMonth],
  );
  const selectRelease = useCallback((release: Phase) => onSelectRelease?.(release, [release]), [onSelectRelease]);
  const selectDay = (date: string) => {
    const ofDay = releases.byDay.get(date);
    if (ofDay && ofDay.length > 0) onSelectRelease?.(ofDay[0]!, ofDay);
  };

  function onGridKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      selectDay(focusedDate);
      return;
    }
    const direction = options.dir ?? (getComputedStyle(event.currentTarget).direction === 'rtl' ? 'rtl' : 'ltr');
    const move = calendarMoveForKey(event, direction);
    if (!move) return;
    event.preventDefault();
    focusDate(moveCalendarDate(focusedDate, move[0], move[1], weekStartsOn), { focus: true });
  }

  return {
    issues: validation.ok ? NO_ISSUES : validation.issues,
    month,
    setMonth,
    view,
    setView,
    today,
    weekStartsOn,
    caption: captionOf(month, view, labels, locale),
    weekdays,
    weeks,
    spans,
    months,
    projected,
    cadences: projection.cadences,
    focusedDate,
    focusDate,
    goToPrevious: () => step(-1),
    goToNext: () => step(1),
    goToToday: () => focusDate(today),
    selectRelease,
    getGridProps: (props = {} as never) => ({
      ...props,
      role: 'grid',
      ref: (element: HTMLElement | null) => {
        gridRef.current = element;
      },
      onKeyDown: composeHandlers(props.onKeyDown, onGridKeyDown),
    }),
    getCellProps: (day, props = {} as never) => ({
      ...props,
      role: 'gridcell',
      tabIndex: day.isFocused ? 0 : -1,
      'aria-selected': day.isFocused,
      'aria-current': day.isToday ? 'date' : undefined,
      'data-date': day.date,
      'data-outside': day.isOutside || undefined,
      'data-today': day.isToday || undefined,
      onClick: composeHandlers(props.onClick, () => {
        focusDate(day.date, { focus: true });
        if (!day.isOutside) selectDay(day.date);
      }),
    }),
  };
}
