'use client';
import type { Locale } from 'date-fns';
import type { KeyboardEvent } from 'react';
import { useCallback, useId, useMemo } from 'react';
import { dayNumber } from '../dates/dayNumber.js';
import { resolveNow } from '../dates/isoDate.js';
import type { TimelineLayout, TimelineOrientation } from '../dates/timelineLayout.js';
import { computeTimelineLayout } from '../dates/timelineLayout.js';
import type { TimelineZoom } from '../dates/timeScale.js';
import { TIMELINE_ZOOMS } from '../dates/timeScale.js';
import { enUSDateLocale } from '../i18n/enUSDateLocale.js';
import type { RoadmapLabels } from '../i18n/labels.js';
import { progressLabels } from '../i18n/labels/progressLabels.js';
import { spanInWordsLabels } from '../i18n/labels/spanInWordsLabels.js';
import { statusLabels } from '../i18n/labels/statusLabels.js';
import { timelineLabels } from '../i18n/labels/timelineLabels.js';
import { timeScaleLabels } from '../i18n/labels/timeScaleLabels.js';
import type { Phase, Roadmap } from '../model/types.js';
import type { ValidationResult } from '../model/validateRoadmap.js';
import { getBoxesInWindow, getViewWindow } from '../model/visibleRange.js';
import { composeHandlers } from './internal/composeHandlers.js';
import { describeTimelinePhase } from './internal/describeTimelinePhase.js';
import type { TimelineEntry, UseTimelineResult } from './internal/timelineResult.js';
import { computeTimelineTicks } from './internal/timelineTicks.js';
import { useControllableState } from './internal/useControllableState.js';
import { useScrollViewport } from './internal/useScrollViewport.js';
import { useRoadmapValidation } from './internal/useRoadmapValidation.js';
import { useSummarisedRoadmap } from './internal/useSummarisedRoadmap.js';
import { useTimelineKeyboard } from './internal/useTimelineKeyboard.js';

export type { TimelineEntry, TimelineItemAttributes, TimelinePhaseAttributes, TimelineToday, TimelineZoomAttributes, UseTimelineResult } from './internal/timelineResult.js';
export type { TimelineTick } from './internal/timelineTicks.js';

/** Pixels per day at each zoom, the narrowest the axis is drawn: about 120 px a month, 146 px a quarter, 219 px a year. */
export const DEFAULT_DAY_WIDTHS: Readonly<Record<TimelineZoom, number>> = { month: 4, quarter: 1.6, year: 0.6 };

/** Options of `useTimeline`. */
export interface UseTimelineOptions {
  /** A time axis, or an ordered list. @defaultValue 'vertical' */
  orientation?: TimelineOrientation;
  /** Controlled zoom of the axis. */
  zoom?: TimelineZoom;
  /** Initial zoom when uncontrolled. @defaultValue 'quarter' */
  defaultZoom?: TimelineZoom;
  /** Called with every zoom the reader asks for (buttons, `+` / `-`). */
  onZoomChange?: (zoom: TimelineZoom) => void;
  /** Today: places the today marker, stretches the axis to reach it and picks the current phase. @defaultValue the current date */
  now?: string | Date;
  /** date-fns locale of dates and ticks. @defaultValue enUS */
  locale?: Locale;
  /** User-facing strings: the axis ticks and `describePhase`'s words (any `RoadmapLabels` will do). @defaultValue the English ones */
  labels?: Pick<RoadmapLabels, 'monthTick' | 'quarterTick' | 'yearTick' | 'noDate' | 'spanInWords' | 'status' | 'progress' | 'noItems'>;
  /** Called when a phase is clicked or chosen with Enter. */
  onSelectPhase?: (phase: Phase) => void;
  /** Writing direction; read from the closest `dir` attribute at key press when left out. */
  dir?: 'ltr' | 'rtl';
  /** Above this many phases only those in view (plus `overscan`) are returned in `visibleEntries`. @defaultValue 100 */
  virtualizeAbove?: number;
  /** Pixels drawn beyond each edge of the viewport. @defaultValue 480 */
  overscan?: number;
  /** Viewport size assumed before it is measured (and on the server). @defaultValue { width: 960, height: 480 } */
  initialViewport?: { width: number; height: number };
  /** Pixels per day at each zoom. @defaultValue DEFAULT_DAY_WIDTHS */
  dayWidths?: Partial<Record<TimelineZoom, number>>;
  /** Height of one phase's row (list and axis alike) when virtualised, in pixels. @defaultValue 88 */
  rowSize?: number;
}

/** The hook's own default labels, not `defaultLabels`, so a host of the hook bundles no other component's strings. */
export const timelineHookLabels = { ...statusLabels, ...progressLabels, ...timelineLabels, ...timeScaleLabels, ...spanInWordsLabels };
const HEADING_SIZE = 32;
const EVERY_COLUMN = { left: Number.NEGATIVE_INFINITY, right: Number.POSITIVE_INFINITY };
/** Pixels of axis kept in the DOM past the view's start edge: a 4K screen's width. */
const WIDEST_VIEW = 3840;

/**
 * Everything a roadmap timeline needs: phases in time order, one row each, with their bars on a
 * scale for the zoom that reaches today; the today marker, axis ticks, the window of phases in view
 * for virtualisation, and prop getters for a roving-tabindex keyboard model (arrows, Home / End,
 * `+` / `-`).
 * @example
 * const timeline = useTimeline(roadmap, { orientation: 'horizontal', now: '2026-03-15' });
 * <ol>{timeline.visibleEntries.map((entry) => <li {...timeline.getItemProps(entry)} key={entry.phase.id}>
 *   <button {...timeline.getPhaseProps(entry)}>{entry.phase.title}</button></li>)}</ol>
 */
export function useTimeline(input: Roadmap, options: UseTimelineOptions = {}): UseTimelineResult {
  return useTimelineOfValidated(useRoadmapValidation(input), options);
}

/**
 * `useTimeline` from a validation already made: the Timeline component's edge validated its
 * roadmap, so the hook does not again. `useTimeline` is this after `validateRoadmap`.
 */
export function useTimelineOfValidated(validation: ValidationResult, options: UseTimelineOptions = {}): UseTimelineResult {
  const { orientation = 'vertical', now, locale = enUSDateLocale, labels = timelineHookLabels, onSelectPhase, dir } = options;
  const { virtualizeAbove = 100, overscan = 480, initialViewport, dayWidths, rowSize = 88 } = options;
  const baseId = useId();
  const today = resolveNow(now);
  const { roadmap, issues, phases } = useSummarisedRoadmap(validation, today);
  const [zoom, setZoom] = useControllableState({ value: options.zoom, defaultValue: options.defaultZoom ?? 'quarter', onChange: options.onZoomChange, name: 'zoom' });
  const dayWidth = dayWidths?.[zoom] ?? DEFAULT_DAY_WIDTHS[zoom];
  const isAxis = orientation === 'horizontal';

  const layout: TimelineLayout = useMemo(
    () => computeTimelineLayout(phases.map((summary) => summary.phase), { zoom, dayWidth, rowSize, headingSize: HEADING_SIZE, today }),
    [phases, zoom, dayWidth, rowSize, today],
  );
  const entries = useMemo(
    () =>
      layout.boxes.map((box, index): TimelineEntry => {
        const summary = phases[box.documentIndex]!;
        // Fields spelled out rather than spread: one object shape for 10,000 entries is markedly faster.
        const { x, y, width, height, documentIndex, lane, offset, length, shape } = box;
        const isScheduled = index < layout.scheduledCount;
        return {
          x, y, width, height, documentIndex, lane, offset, length, shape,
          summary, phase: summary.phase, index, id: `${baseId}-phase-${index}`, isScheduled, isFirstUnscheduled: index === layout.scheduledCount,
        };
      }),
    [layout, phases, baseId],
  );

  const isVirtualized = entries.length > virtualizeAbove;
  // The width is never tracked: rows are windowed by height, and ticks by a window as wide as the widest
  // screens (WIDEST_VIEW), which spares a second render once the viewport is measured.
  const { view, viewportRef, onScroll } = useScrollViewport(initialViewport, overscan, false);
  const zoomBy = useCallback(
    (step: number) => {
      const next = TIMELINE_ZOOMS[TIMELINE_ZOOMS.indexOf(zoom) + step];
      if (next) setZoom(next);
    },
    [zoom, setZoom],
  );
  const { active, setActiveIndex, handleKey } = useTimelineKeyboard({
    baseId,
    count: entries.length,
    initialIndex: Math.max(0, entries.findIndex((entry) => entry.summary.isCurrent)),
    dir,
    zoomBy,
    onSelect: (index) => onSelectPhase?.(entries[index]!.phase),
  });

  const visibleEntries = useMemo(() => {
    if (!isVirtualized) return entries;
    // Every row spans the whole axis (its words stay at the start edge), so only the rows' height decides.
    const window = { ...getViewWindow(view, overscan), ...EVERY_COLUMN };
    const found = getBoxesInWindow(entries, window).map((index) => entries[index]!);
    // The tab stop stays in the DOM even when scrolled away, so Tab always finds the timeline.
    const focusTarget = entries[active];
    if (focusTarget && !found.includes(focusTarget)) found.push(focusTarget);
    return found.sort((a, b) => a.index - b.index);
  }, [isVirtualized, entries, view, active, overscan]);

  const scale = layout.scale;
  const todayX = scale ? (dayNumber(today) - dayNumber(scale.start)) * dayWidth : 0;
  const ticks = useMemo(() => {
    if (!scale || !isAxis) return [];
    // Near the view, and near today, where the axis opens (so its labels are there to be measured).
    const ranges = scale.ticks.length > 60 ? [{ left: view.left - overscan, right: view.left + WIDEST_VIEW }, { left: todayX - WIDEST_VIEW, right: todayX + WIDEST_VIEW }] : [EVERY_COLUMN];
    return computeTimelineTicks(scale, zoom, dayWidth, ranges, labels, locale);
  }, [scale, isAxis, labels, zoom, dayWidth, view.left, overscan, locale, todayX]);

  const todayMarker = useMemo(() => {
    if (!scale || !isAxis) return undefined;
    const offset = dayNumber(today) - dayNumber(scale.start) + 0.5;
    return { date: today, offset, x: offset * dayWidth };
  }, [scale, isAxis, today, dayWidth]);

  return {
    roadmap,
    issues,
    orientation,
    entries,
    visibleEntries,
    isVirtualized,
    ticks,
    todayMarker,
    today: todayMarker,
    laneCount: layout.laneCount,
    days: scale?.days ?? 0,
    size: { width: isAxis ? layout.width : 0, height: layout.height },
    dayWidth,
    rowSize,
    zoom,
    setZoom,
    zoomIn: () => zoomBy(-1),
    zoomOut: () => zoomBy(1),
    activeIndex: active,
    describePhase: (entry) => describeTimelinePhase(entry.summary, locale, labels),
    getViewportProps: (props = {} as never) => ({ ...props, ref: viewportRef, onScroll: composeHandlers(props.onScroll, onScroll) }),
    getItemProps: (entry, props = {} as never) => ({
      ...props,
      'aria-setsize': entries.length,
      'aria-posinset': entry.index + 1,
      'data-status': entry.phase.status,
      'data-current': entry.summary.isCurrent || undefined,
      'data-overdue': entry.summary.isOverdue || undefined,
      'data-scheduled': entry.isScheduled || undefined,
    }),
    getPhaseProps: (entry, props = {} as never) => ({
      ...props,
      id: entry.id,
      tabIndex: entry.index === active ? 0 : -1,
      onKeyDown: composeHandlers(props.onKeyDown, (event: KeyboardEvent<HTMLElement>) => handleKey(entry.index, event)),
      onFocus: composeHandlers(props.onFocus, () => setActiveIndex(entry.index)),
      onClick: composeHandlers(props.onClick, () => {
        setActiveIndex(entry.index);
        onSelectPhase?.(entry.phase);
      }),
    }),
    getZoomProps: (level, props = {} as never) => ({
      ...props,
      type: 'button',
      'aria-pressed': zoom === level,
      onClick: composeHandlers(props.onClick, () => setZoom(level)),
    }),
  };
}
