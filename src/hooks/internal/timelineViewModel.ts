import { dayNumber } from '../../dates/dayNumber.js';
import type { TimelineLayout } from '../../layout/timelineLayout.js';
import type { TimeScale } from '../../dates/timeScale.js';
import { getBoxesInWindow, getViewWindow } from '../../layout/visibleRange.js';
import type { TimelineEntry, TimelineToday } from './timelineResult.js';
import type { PhaseSummary } from './useSummarisedRoadmap.js';

/** A band of the axis, in pixels from its start. */
export interface AxisRange {
  left: number;
  right: number;
}

/** The whole axis, whatever its length. */
export const WHOLE_AXIS: AxisRange = { left: Number.NEGATIVE_INFINITY, right: Number.POSITIVE_INFINITY };
/** Pixels of axis kept in the DOM past the view's start edge: a 4K screen's width. */
const WIDEST_VIEW = 3840;
/** Up to this many ticks, every tick is rendered. */
const TICKS_ALWAYS_RENDERED = 60;

/**
 * The timeline's entries: each box of the layout with its phase, its place in time order and the
 * DOM id of its focusable element.
 * @example timelineEntries(layout, phases, ':r1:')[0] // { index: 0, id: ':r1:-phase-0', isScheduled: true, … }
 */
export function timelineEntries(layout: TimelineLayout, phases: readonly PhaseSummary[], baseId: string): TimelineEntry[] {
  return layout.boxes.map((box, index): TimelineEntry => {
    const summary = phases[box.documentIndex]!;
    // Fields spelled out rather than spread: one object shape for 10,000 entries is markedly faster.
    const { x, y, width, height, documentIndex, lane, offset, length, shape } = box;
    const isScheduled = index < layout.scheduledCount;
    return {
      x, y, width, height, documentIndex, lane, offset, length, shape,
      summary, phase: summary.phase, index, id: `${baseId}-phase-${index}`, isScheduled, isFirstUnscheduled: index === layout.scheduledCount,
    };
  });
}

/**
 * The entries of a virtualised timeline to render: the rows in `view` plus `overscan` pixels, and
 * the entry at `tabStop` wherever it is, so Tab always finds the timeline. Every row spans the whole
 * axis (its words stay at the start edge), so only the rows' height decides.
 * @example entriesInView(entries, { left: 0, top: 0, width: 960, height: 480 }, 480, 308).map((entry) => entry.index) // [0, 1, …, 10, 308]
 */
export function entriesInView(
  entries: readonly TimelineEntry[],
  view: { left: number; top: number; width: number; height: number },
  overscan: number,
  tabStop: number,
): TimelineEntry[] {
  const window = { ...getViewWindow(view, overscan), ...WHOLE_AXIS };
  const found = getBoxesInWindow(entries, window).map((index) => entries[index]!);
  const focusTarget = entries[tabStop];
  if (focusTarget && !found.includes(focusTarget)) found.push(focusTarget);
  return found.sort((a, b) => a.index - b.index);
}

/**
 * Today on the axis: days and pixels from the axis start to the middle of the day.
 * @example todayOnAxis(scaleFrom20251001, '2026-03-15', 2) // { date: '2026-03-15', offset: 165.5, x: 331 }
 */
export function todayOnAxis(scale: TimeScale, today: string, dayWidth: number): TimelineToday {
  const offset = dayNumber(today) - dayNumber(scale.start) + 0.5;
  return { date: today, offset, x: offset * dayWidth };
}

/**
 * Where the axis needs its ticks: all of a short axis; on a long one, a 4K screen's width either
 * side of `centerX` (where the axis opens, or where the reader scrolled to: `useAxisWindow`).
 * @example tickRange(1000, 10000) // { left: 6160, right: 13840 }
 */
export function tickRange(tickCount: number, centerX: number): AxisRange {
  if (tickCount <= TICKS_ALWAYS_RENDERED) return WHOLE_AXIS;
  return { left: centerX - WIDEST_VIEW, right: centerX + WIDEST_VIEW };
}

/**
 * Whether the ticks of `range` cover a view scrolled to `left`: from `overscan` before it to a 4K
 * screen's width past its start.
 * @example coversView({ left: 6160, right: 13840 }, 9000, 480) // true
 */
export function coversView(range: AxisRange, left: number, overscan: number): boolean {
  return left - overscan >= range.left && left + WIDEST_VIEW <= range.right;
}

/**
 * The center of the tick window for a view scrolled to `left`: as much room to scroll either way
 * before the window has to move again.
 * @example centerFor(9000, 480) // 10680
 */
export function centerFor(left: number, overscan: number): number {
  return left + (WIDEST_VIEW - overscan) / 2;
}
