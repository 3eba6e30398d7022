'use client';
import type { Locale } from 'date-fns';
import type { FocusEvent, HTMLAttributes, KeyboardEvent, MouseEvent, UIEvent } from 'react';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { dayNumber } from '../dates/dayNumber.js';
import { isDateInSpan } from '../dates/compareSpans.js';
import { parseIsoDate, resolveNow } from '../dates/isoDate.js';
import type { TimelineBox, TimelineLayout, TimelineOrientation } from '../dates/timelineLayout.js';
import { computeTimelineLayout } from '../dates/timelineLayout.js';
import type { TimelineZoom, TimeScaleTick } from '../dates/timeScale.js';
import { TIMELINE_ZOOMS } from '../dates/timeScale.js';
import { enUSDateLocale } from '../i18n/enUSDateLocale.js';
import type { RoadmapLabels } from '../i18n/labels.js';
import { progressLabels } from '../i18n/labels/progressLabels.js';
import { spanInWordsLabels } from '../i18n/labels/spanInWordsLabels.js';
import { statusLabels } from '../i18n/labels/statusLabels.js';
import { timelineLabels } from '../i18n/labels/timelineLabels.js';
import { timeScaleLabels } from '../i18n/labels/timeScaleLabels.js';
import type { Phase, Roadmap } from '../model/types.js';
import type { ValidationIssue } from '../model/validationContext.js';
import { getBoxesInWindow, getViewWindow } from '../model/visibleRange.js';
import { composeHandlers } from './internal/composeHandlers.js';
import { focusScrollingFirst } from './internal/focusScrollingFirst.js';
import { getTimelineKeyAction } from './internal/timelineKeys.js';
import { useControllableState } from './internal/useControllableState.js';
import { useScrollViewport } from './internal/useScrollViewport.js';
import type { TimelinePhaseText } from './internal/describeTimelinePhase.js';
import { describeTimelinePhase } from './internal/describeTimelinePhase.js';
import type { PhaseSummary } from './internal/useSummarisedRoadmap.js';
import { useSummarisedRoadmap } from './internal/useSummarisedRoadmap.js';

/** Pixels per day at each zoom: about 120 px a month, 146 px a quarter, 219 px a year. */
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
  /** Today: places the today marker and picks the current phase. @defaultValue the current date */
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
  /** Height of a vertical row when virtualised, in pixels. @defaultValue 88 */
  rowSize?: number;
  /** Height of a lane on the axis, gap included, in pixels. @defaultValue 64 */
  laneSize?: number;
  /** Narrowest bar on the axis, in pixels. @defaultValue 176 */
  minBarSize?: number;
}

/** One phase as the timeline places it. */
export interface TimelineEntry extends TimelineBox {
  summary: PhaseSummary;
  phase: Phase;
  /** Position in time order, from 0. */
  index: number;
  /** DOM id of the phase's focusable element. */
  id: string;
  isScheduled: boolean;
  /** The first undated phase: the "Unscheduled" heading goes with it. */
  isFirstUnscheduled: boolean;
}

/** A tick of the axis, placed in pixels and labelled. */
export interface TimelineTick extends TimeScaleTick {
  x: number;
  width: number;
  label: string;
}

/** What `useTimeline` gives. */
export interface UseTimelineResult {
  roadmap: Roadmap | undefined;
  /** Problems of an invalid roadmap; render them instead of the timeline when not empty. */
  issues: ValidationIssue[];
  orientation: TimelineOrientation;
  /** Every phase in time order: dated by span, then undated in document order. */
  entries: TimelineEntry[];
  /** The entries to render: all of them, or when virtualised those in view plus the focus target. */
  visibleEntries: TimelineEntry[];
  isVirtualized: boolean;
  /** The axis ticks to render (in view when virtualised). */
  ticks: TimelineTick[];
  /** The today marker on the axis, when today falls on it. */
  today: { date: string; x: number } | undefined;
  laneCount: number;
  /** Size of the whole content in pixels (width is 0 for the vertical list). */
  size: { width: number; height: number };
  /** Pixels per day at the current zoom. */
  dayWidth: number;
  rowSize: number;
  laneSize: number;
  zoom: TimelineZoom;
  setZoom: (zoom: TimelineZoom) => void;
  /** Finer ticks (year → quarter → month). */
  zoomIn: () => void;
  /** Coarser ticks. */
  zoomOut: () => void;
  /** Index (time order) of the phase holding the single tab stop. */
  activeIndex: number;
  /** Formatted dates, dates in words, status and progress for one entry (cheap: call it for rendered ones). */
  describePhase: (entry: TimelineEntry) => TimelinePhaseText;
  /** Props for the scrolling element: measures it and follows its scroll. */
  getViewportProps<P extends HTMLAttributes<HTMLElement>>(props?: P): P & { ref: (element: HTMLElement | null) => void; onScroll: (event: UIEvent<HTMLElement>) => void };
  /** Props for each `<li>`: position in the whole list, status and flags. */
  getItemProps<P extends HTMLAttributes<HTMLElement>>(entry: TimelineEntry, props?: P): P & ItemAttributes;
  /** Props for a phase's focusable element: roving tab index, keys, focus and selection. */
  getPhaseProps<P extends HTMLAttributes<HTMLElement>>(entry: TimelineEntry, props?: P): P & PhaseAttributes;
  /** Props for a zoom button. */
  getZoomProps<P extends HTMLAttributes<HTMLButtonElement>>(zoom: TimelineZoom, props?: P): P & ZoomAttributes;
}

interface ItemAttributes {
  'aria-setsize': number;
  'aria-posinset': number;
  'data-status': string;
  'data-current'?: true;
  'data-overdue'?: true;
  'data-scheduled'?: true;
}

interface PhaseAttributes {
  id: string;
  tabIndex: number;
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
  onFocus: (event: FocusEvent<HTMLElement>) => void;
  onClick: (event: MouseEvent<HTMLElement>) => void;
}

interface ZoomAttributes {
  type: 'button';
  'aria-pressed': boolean;
  onClick: (event: MouseEvent<HTMLButtonElement>) => void;
}

/** The hook's own default labels, not `defaultLabels`, so a host of the hook bundles no other component's strings. */
export const timelineHookLabels = { ...statusLabels, ...progressLabels, ...timelineLabels, ...timeScaleLabels, ...spanInWordsLabels };
const TICK_LABELS = { month: 'monthTick', quarter: 'quarterTick', year: 'yearTick' } as const;
const BAR_GAP = 8;
const HEADING_SIZE = 32;

function directionOf(element: Element, dir: 'ltr' | 'rtl' | undefined): 'ltr' | 'rtl' {
  return dir ?? (element.closest('[dir]')?.getAttribute('dir') === 'rtl' ? 'rtl' : 'ltr');
}

/**
 * Everything a roadmap timeline needs: phases in time order on a scale for the zoom, lanes so bars
 * never overlap, the today marker, axis ticks, the window of phases in view for virtualisation, and
 * prop getters for a roving-tabindex keyboard model (arrows, Home / End, `+` / `-`).
 * @example
 * const timeline = useTimeline(roadmap, { orientation: 'horizontal', now: '2026-03-15' });
 * <ol>{timeline.visibleEntries.map((entry) => <li {...timeline.getItemProps(entry)} key={entry.phase.id}>
 *   <button {...timeline.getPhaseProps(entry)}>{entry.phase.title}</button></li>)}</ol>
 */
export function useTimeline(input: Roadmap, options: UseTimelineOptions = {}): UseTimelineResult {
  const {
    orientation = 'vertical',
    now,
    locale = enUSDateLocale,
    labels = timelineHookLabels,
    onSelectPhase,
    dir,
    virtualizeAbove = 100,
    overscan = 480,
    initialViewport,
    dayWidths,
    rowSize = 88,
    laneSize = 64,
    minBarSize = 176,
  } = options;
  const baseId = useId();
  const today = resolveNow(now);
  const { roadmap, issues, phases } = useSummarisedRoadmap(input, today);
  const [zoom, setZoom] = useControllableState({ value: options.zoom, defaultValue: options.defaultZoom ?? 'quarter', onChange: options.onZoomChange, name: 'zoom' });
  const dayWidth = dayWidths?.[zoom] ?? DEFAULT_DAY_WIDTHS[zoom];

  const layout: TimelineLayout = useMemo(
    () =>
      computeTimelineLayout(
        phases.map((summary) => summary.phase),
        { orientation, zoom, dayWidth, laneSize, minBarSize, barGap: BAR_GAP, rowSize, headingSize: HEADING_SIZE },
      ),
    [phases, orientation, zoom, dayWidth, laneSize, minBarSize, rowSize],
  );
  const entries = useMemo(
    () =>
      layout.boxes.map((box, index): TimelineEntry => {
        const summary = phases[box.documentIndex]!;
        const isScheduled = index < layout.scheduledCount;
        // Fields spelled out rather than spread: one object shape for 10,000 entries is markedly faster.
        const { x, y, width, height, documentIndex, lane, offset, length } = box;
        return {
          x, y, width, height, documentIndex, lane, offset, length,
          summary, phase: summary.phase, index, id: `${baseId}-phase-${index}`, isScheduled, isFirstUnscheduled: index === layout.scheduledCount,
        };
      }),
    [layout, phases, baseId],
  );

  const isVirtualized = entries.length > virtualizeAbove;
  const { view, viewportRef, onScroll, viewportElement } = useScrollViewport(initialViewport, overscan, orientation === 'horizontal');
  const [activeIndex, setActiveIndex] = useState(() => Math.max(0, entries.findIndex((entry) => entry.summary.isCurrent)));
  const active = Math.min(activeIndex, Math.max(0, entries.length - 1));

  const visibleEntries = useMemo(() => {
    if (!isVirtualized) return entries;
    const found = getBoxesInWindow(entries, getViewWindow(view, overscan)).map((index) => entries[index]!);
    // The tab stop stays in the DOM even when scrolled away, so Tab always finds the timeline.
    const focusTarget = entries[active];
    if (focusTarget && !found.includes(focusTarget)) found.push(focusTarget);
    return found.sort((a, b) => a.index - b.index);
  }, [isVirtualized, entries, view, active, overscan]);

  const scale = layout.scale;
  const ticks = useMemo(() => {
    if (!scale || orientation === 'vertical') return [];
    const format = labels[TICK_LABELS[zoom]];
    const { left, right } = getViewWindow(view, overscan);
    return scale.ticks
      .filter((tick) => !isVirtualized || ((tick.offset + tick.length) * dayWidth >= left && tick.offset * dayWidth <= right))
      .map((tick): TimelineTick => {
        return { ...tick, x: tick.offset * dayWidth, width: tick.length * dayWidth, label: format(parseIsoDate(tick.start), locale) };
      });
  }, [scale, orientation, labels, zoom, isVirtualized, dayWidth, view, overscan, locale]);

  const todayMarker = useMemo(() => {
    if (!scale || orientation === 'vertical' || !isDateInSpan(today, scale)) return undefined;
    return { date: today, x: (dayNumber(today) - dayNumber(scale.start) + 0.5) * dayWidth };
  }, [scale, orientation, today, dayWidth]);

  // A time axis opens on today, a third in from its start edge, once the viewport is known.
  const openedOnToday = useRef(false);
  useEffect(() => {
    if (orientation !== 'horizontal') openedOnToday.current = false;
    if (orientation !== 'horizontal' || !viewportElement || !todayMarker || openedOnToday.current) return;
    openedOnToday.current = true;
    const distance = Math.max(0, todayMarker.x - viewportElement.clientWidth / 3);
    viewportElement.scrollLeft = directionOf(viewportElement, dir) === 'rtl' ? -distance : distance;
  }, [orientation, viewportElement, todayMarker, dir]);

  const zoomBy = useCallback(
    (step: number) => {
      const next = TIMELINE_ZOOMS[TIMELINE_ZOOMS.indexOf(zoom) + step];
      if (next) setZoom(next);
    },
    [zoom, setZoom],
  );

  // Focus follows the roving index only after a key moved it, never on mount or re-render.
  const pendingFocus = useRef(false);
  useEffect(() => {
    if (!pendingFocus.current) return;
    pendingFocus.current = false;
    const element = document.getElementById(`${baseId}-phase-${active}`);
    return element ? focusScrollingFirst(element) : undefined;
  }, [active, baseId]);
  // On zoom the phase in hand moves along the axis: bring it back into view.
  const lastZoom = useRef(zoom);
  useEffect(() => {
    if (lastZoom.current === zoom) return;
    lastZoom.current = zoom;
    const element = document.getElementById(`${baseId}-phase-${active}`);
    if (element && viewportElement?.contains(element)) element.scrollIntoView?.({ block: 'nearest', inline: 'center' });
  }, [zoom, active, baseId, viewportElement]);

  const moveTo = (index: number) => {
    pendingFocus.current = true;
    setActiveIndex(index);
  };

  const handleKey = (entry: TimelineEntry, event: KeyboardEvent<HTMLElement>) => {
    const action = getTimelineKeyAction(event.key, directionOf(event.currentTarget, dir));
    if (!action || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    const last = entries.length - 1;
    switch (action) {
      case 'previous':
        return moveTo(Math.max(0, entry.index - 1));
      case 'next':
        return moveTo(Math.min(last, entry.index + 1));
      case 'first':
        return moveTo(0);
      case 'last':
        return moveTo(last);
      case 'zoomIn':
        return zoomBy(-1);
      case 'zoomOut':
        return zoomBy(1);
      case 'select':
        return onSelectPhase?.(entry.phase);
      default:
        return action satisfies never;
    }
  };

  return {
    roadmap,
    issues,
    orientation,
    entries,
    visibleEntries,
    isVirtualized,
    ticks,
    today: todayMarker,
    laneCount: layout.laneCount,
    size: { width: layout.width, height: layout.height },
    dayWidth,
    rowSize,
    laneSize,
    zoom,
    setZoom,
    zoomIn: () => zoomBy(-1),
    zoomOut: () => zoomBy(1),
    activeIndex: active,
    describePhase: (entry) => describeTimelinePhase(entry.summary, locale, labels),
    getViewportProps: (props = {} as never) => ({
      ...props,
      ref: viewportRef,
      onScroll: composeHandlers(props.onScroll, onScroll),
    }),
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
      onKeyDown: composeHandlers(props.onKeyDown, (event: KeyboardEvent<HTMLElement>) => handleKey(entry, event)),
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
