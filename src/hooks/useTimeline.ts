'use client';
import type { Locale } from 'date-fns';
import type { KeyboardEvent, UIEvent } from 'react';
import { useId, useMemo } from 'react';
import { resolveNow } from '../dates/isoDate.js';
import type { TimelineLayout, TimelineOrientation } from '../layout/timelineLayout.js';
import { computeTimelineLayout } from '../layout/timelineLayout.js';
import type { TimelineZoom } from '../dates/timeScale.js';
import { enUSDateLocale } from '../i18n/enUSDateLocale.js';
import type { RoadmapLabels } from '../i18n/labels.js';
import { progressLabels } from '../i18n/labels/progressLabels.js';
import { spanInWordsLabels } from '../i18n/labels/spanInWordsLabels.js';
import { statusLabels } from '../i18n/labels/statusLabels.js';
import { timelineLabels } from '../i18n/labels/timelineLabels.js';
import { timeScaleLabels } from '../i18n/labels/timeScaleLabels.js';
import type { Phase, Roadmap } from '../model/types.js';
import type { ValidationResult } from '../model/validateRoadmap.js';
import { composeHandlers } from './internal/composeHandlers.js';
import { describeTimelinePhase } from './internal/describeTimelinePhase.js';
import type { UseTimelineResult } from './internal/timelineResult.js';
import { computeTimelineTicks } from './internal/timelineTicks.js';
import { entriesInView, timelineEntries, todayOnAxis } from './internal/timelineViewModel.js';
import { useAxisWindow } from './internal/useAxisWindow.js';
import { useRoadmapValidation } from './internal/useRoadmapValidation.js';
import { useScrollViewport } from './internal/useScrollViewport.js';
import { useSummarisedRoadmap } from './internal/useSummarisedRoadmap.js';
import { useTimelineKeyboard } from './internal/useTimelineKeyboard.js';
import { useTimelineZoom } from './internal/useTimelineZoom.js';

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
  /** Writing direction; read from the phase's computed `direction` at key press when left out. */
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
  const { zoom, setZoom, zoomBy } = useTimelineZoom(options);
  const dayWidth = dayWidths?.[zoom] ?? DEFAULT_DAY_WIDTHS[zoom];
  const isAxis = orientation === 'horizontal';

  const layout: TimelineLayout = useMemo(
    () => computeTimelineLayout(phases.map((summary) => summary.phase), { zoom, dayWidth, rowSize, headingSize: HEADING_SIZE, today }),
    [phases, zoom, dayWidth, rowSize, today],
  );
  const entries = useMemo(() => timelineEntries(layout, phases, baseId), [layout, phases, baseId]);

  const isVirtualized = entries.length > virtualizeAbove;
  // The width is never tracked: rows are windowed by height, and ticks by a window as wide as the widest
  // screens, which spares a second render once the viewport is measured.
  const { view, viewportRef, onScroll } = useScrollViewport(initialViewport, overscan);
  const { active, setActiveIndex, handleKey, itemRef } = useTimelineKeyboard({
    count: entries.length,
    initialIndex: Math.max(0, entries.findIndex((entry) => entry.summary.isCurrent)),
    dir,
    zoomBy,
    onSelect: (index) => onSelectPhase?.(entries[index]!.phase),
  });

  const visibleEntries = useMemo(() => (isVirtualized ? entriesInView(entries, view, overscan, active) : entries), [isVirtualized, entries, view, active, overscan]);
  const scale = layout.scale;
  const todayMarker = useMemo(() => (scale && isAxis ? todayOnAxis(scale, today, dayWidth) : undefined), [scale, isAxis, today, dayWidth]);
  const axisWindow = useAxisWindow(scale?.ticks.length ?? 0, todayMarker?.x ?? 0, `${zoom} ${dayWidth}`, overscan);
  const { left: ticksFrom, right: ticksTo } = axisWindow.range;
  const ticks = useMemo(
    () => (scale && todayMarker ? computeTimelineTicks(scale, zoom, dayWidth, [{ left: ticksFrom, right: ticksTo }], labels, locale) : []),
    [scale, todayMarker, labels, zoom, dayWidth, ticksFrom, ticksTo, locale],
  );

  // Rows follow the scroll down, ticks the scroll sideways.
  const followScroll = (event: UIEvent<HTMLElement>) => {
    onScroll(event);
    axisWindow.onScroll(event);
  };

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
    getViewportProps: (props = {} as never) => ({ ...props, ref: viewportRef, onScroll: composeHandlers(props.onScroll, followScroll) }),
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
      ref: itemRef(entry.index),
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
