'use client';
import type { KeyboardEvent } from 'react';
import { useCallback, useMemo, useState } from 'react';
import { addCalendarMonths, isCalendarMonth, monthOfDate } from '../dates/calendarMonth.js';
import type { WeekDay } from '../dates/getMonthGrid.js';
import { getMonthGrid } from '../dates/getMonthGrid.js';
import { getOpeningMonth } from '../dates/getOpeningMonth.js';
import type { CalendarView } from '../dates/getViewMonths.js';
import { getViewLength } from '../dates/getViewMonths.js';
import { resolveNow } from '../dates/isoDate.js';
import { moveCalendarDate } from '../dates/moveCalendarDate.js';
import { placeSpansInMonth } from '../dates/placeSpansInMonth.js';
import { clampIsoDate } from '../dates/supportedRange.js';
import { enUSDateLocale } from '../i18n/enUSDateLocale.js';
import { calendarDateLabels } from '../i18n/labels/calendarDateLabels.js';
import { timeScaleLabels } from '../i18n/labels/timeScaleLabels.js';
import type { Phase } from '../model/types.js';
import type { ValidationResult } from '../model/validateRoadmap.js';
import { calendarMoveForKey } from './internal/calendarKeyMap.js';
import { calendarCaption, calendarMonths, calendarTabStop, calendarWeekdays, calendarWeeks } from './internal/calendarViewModel.js';
import { composeHandlers } from './internal/composeHandlers.js';
import { NO_ISSUES } from './internal/noIssues.js';
import type { CalendarHookLabels, UseReleaseCalendarOptions, UseReleaseCalendarResult } from './internal/releaseCalendarTypes.js';
export type { CalendarSource } from './internal/validateCalendarSource.js';
import { textDirection } from './internal/textDirection.js';
import { useCalendarReleases } from './internal/useCalendarReleases.js';
import { useControllableState } from './internal/useControllableState.js';
import { useRovingFocus } from './internal/useRovingFocus.js';
import type { CalendarSource } from './internal/validateCalendarSource.js';
import { validateCalendarSource } from './internal/validateCalendarSource.js';

export type {
  CalendarCellAttributes,
  CalendarDay,
  CalendarGridAttributes,
  CalendarMonth,
  CalendarWeekday,
  PropsWithAttributes,
  ReleaseCalendarOptions,
  UseReleaseCalendarOptions,
  UseReleaseCalendarResult,
} from './internal/releaseCalendarTypes.js';

// The hook's own defaults, not `defaultLabels`, so a host of the hook bundles no component's strings.
const DEFAULT_LABELS: CalendarHookLabels = { ...timeScaleLabels, ...calendarDateLabels };
// What an invalid input shows: no release, no cadence.
const EMPTY_SOURCE: CalendarSource = { phases: [], cadences: [] };

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
  const [chosenDate, setChosenDate] = useState<string | undefined>(undefined);
  const focusedDate = calendarTabStop(month, chosenDate, today);
  const { itemRef, followNextMove } = useRovingFocus(focusedDate);

  const { index, projected, cadences } = useCalendarReleases(roadmap, today, showProjected, projectionHorizon);
  const grid = useMemo(() => getMonthGrid(month, weekStartsOn), [month, weekStartsOn]);
  const weeks = useMemo(() => calendarWeeks(grid, index, { today, focusedDate, labels, locale }), [grid, index, today, focusedDate, labels, locale]);
  const weekdays = useMemo(() => calendarWeekdays(grid[0]!, labels, locale), [grid, labels, locale]);
  const months = useMemo(() => calendarMonths(month, view, index, labels, locale), [month, view, index, labels, locale]);
  const spans = view === 'month' ? months[0]!.spans : placeSpansInMonth(index.releases.spans, month);

  const focusDate = useCallback(
    (requested: string, { focus = false } = {}) => {
      // The outside days of 0001-01 and 9999-12 lie past the dates a roadmap can hold.
      const date = clampIsoDate(requested);
      setChosenDate(date);
      if (monthOfDate(date) !== month) setMonth(monthOfDate(date));
      followNextMove(focus);
    },
    [month, setMonth, followNextMove],
  );
  const step = useCallback(
    (direction: 1 | -1) => {
      const amount = direction * getViewLength(view);
      // The navigation button keeps focus; only keyboard moves inside the grid carry it along.
      followNextMove(false);
      setChosenDate(moveCalendarDate(focusedDate, 'month', amount));
      setMonth(addCalendarMonths(month, amount));
    },
    [view, focusedDate, month, setMonth, followNextMove],
  );
  const selectRelease = useCallback((release: Phase) => onSelectRelease?.(release, [release]), [onSelectRelease]);
  const selectDay = (date: string) => {
    const ofDay = index.releases.byDay.get(date);
    if (ofDay && ofDay.length > 0) onSelectRelease?.(ofDay[0]!, ofDay);
  };

  function onGridKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      selectDay(focusedDate);
      return;
    }
    const move = calendarMoveForKey(event, textDirection(event.currentTarget, options.dir));
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
    caption: calendarCaption(month, view, labels, locale),
    weekdays,
    weeks,
    spans,
    months,
    projected,
    cadences,
    focusedDate,
    focusDate,
    goToPrevious: () => step(-1),
    goToNext: () => step(1),
    goToToday: () => focusDate(today),
    selectRelease,
    getGridProps: (props = {} as never) => ({ ...props, role: 'grid', onKeyDown: composeHandlers(props.onKeyDown, onGridKeyDown) }),
    getCellProps: (day, props = {} as never) => ({
      ...props,
      role: 'gridcell',
      ref: itemRef(day.date),
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
