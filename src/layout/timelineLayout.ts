import { compareSpans } from '../dates/compareSpans.js';
import { dayNumber } from '../dates/dayNumber.js';
import type { TimelineZoom, TimeScale } from '../dates/timeScale.js';
import { computeTimeScale } from '../dates/timeScale.js';
import type { DateSpan } from '../model/types.js';
import type { LayoutBox } from './visibleRange.js';

/** How a timeline lays phases out: on a time axis, or as a list. */
export type TimelineOrientation = 'horizontal' | 'vertical';

/** Sizes, in pixels, that turn days and rows into boxes. */
export interface TimelineLayoutOptions {
  zoom: TimelineZoom;
  /** Pixels per day on the axis (its narrowest: a wider page stretches it). */
  dayWidth: number;
  /** Height of one phase's row, in the list and beside the axis alike. */
  rowSize: number;
  /** Room for the "Unscheduled" heading above the undated phases. */
  headingSize: number;
  /** Today, ISO: the axis always reaches it, so an overdue roadmap still shows where today is. */
  today?: string;
}

/**
 * Where one phase sits, in time order. Every phase has its own row (GitHub Projects' roadmap
 * layout): its words in the row's label column, its bar beside them on the axis, so a bar never
 * carries the only copy of its title and two bars never cover each other.
 */
export interface TimelineBox extends LayoutBox {
  /** Index of the phase in the roadmap's document order. */
  documentIndex: number;
  /** Row of a dated phase on the axis (its position in time order); `undefined` when undated. */
  lane: number | undefined;
  /** Days from the scale's start to the phase's first day; `undefined` when undated. */
  offset: number | undefined;
  /** Days the phase covers, both ends included; `undefined` when undated. */
  length: number | undefined;
  /** `point`: a phase of one day (a release date), drawn as a marker; `bar` otherwise. */
  shape: 'bar' | 'point' | undefined;
}

/** Every phase placed, plus the size of the whole content. */
export interface TimelineLayout {
  /** Dated phases by span, then undated ones in document order. */
  boxes: TimelineBox[];
  /** How many of `boxes` are dated (they come first). */
  scheduledCount: number;
  scale: TimeScale | undefined;
  /** Rows holding a bar: one per dated phase. */
  laneCount: number;
  /** Width of the axis at `dayWidth` (0 when nothing is dated). */
  width: number;
  /** Height of every row, the "Unscheduled" heading included. */
  height: number;
}

/**
 * Document indexes in time order: dated phases by start then end (document order breaks ties),
 * then undated phases in document order, as DESIGN.md's timeline semantics ask.
 * @example orderByTime([{ when: q2 }, {}, { when: q1 }]) // [2, 0, 1]
 */
export function orderByTime(phases: readonly { when?: DateSpan }[]): number[] {
  const dated: number[] = [];
  const undated: number[] = [];
  // Plain loops: this runs over every phase of a 10,000-phase roadmap before the first paint.
  let sorted = true;
  for (let index = 0; index < phases.length; index += 1) {
    const when = phases[index]!.when;
    if (!when) {
      undated.push(index);
      continue;
    }
    // Roadmaps are mostly written in time order already: one linear check spares the sort.
    if (sorted && dated.length > 0 && compareSpans(phases[dated[dated.length - 1]!]!.when!, when) > 0) sorted = false;
    dated.push(index);
  }
  if (!sorted) dated.sort((a, b) => compareSpans(phases[a]!.when!, phases[b]!.when!) || a - b);
  return dated.concat(undated);
}

/**
 * Places every phase in its own row: a dated one with its bar at its span (days × `dayWidth`, as
 * long as its dates, a one-day phase as a point), undated ones after them under room for their
 * heading. The same rows serve the list and the axis, so either can be drawn from one layout.
 */
export function computeTimelineLayout(phases: readonly { when?: DateSpan }[], options: TimelineLayoutOptions): TimelineLayout {
  const { dayWidth, rowSize, headingSize, today } = options;
  const order = orderByTime(phases);
  // Dated phases come first in `order`. One pass takes their day numbers (once each: 10,000 phases
  // are laid out on every zoom) and finds the earliest start and the latest end.
  const starts: number[] = [];
  const ends: number[] = [];
  let range: { start: string; end: string } | undefined;
  let firstDay = Number.POSITIVE_INFINITY;
  let lastDay = Number.NEGATIVE_INFINITY;
  for (const documentIndex of order) {
    const span = phases[documentIndex]!.when;
    if (!span) break;
    const start = dayNumber(span.start);
    const end = dayNumber(span.end);
    range ??= { start: span.start, end: span.end };
    if (start < firstDay) {
      firstDay = start;
      range.start = span.start;
    }
    if (end > lastDay) {
      lastDay = end;
      range.end = span.end;
    }
    starts.push(start);
    ends.push(end);
  }
  const scheduledCount = starts.length;
  // The axis always reaches today, so an overdue roadmap still shows where today is.
  if (range && today && dayNumber(today) < firstDay) range.start = today;
  if (range && today && dayNumber(today) > lastDay) range.end = today;
  const scale = computeTimeScale(range, options.zoom);
  const origin = scale ? dayNumber(scale.start) : 0;
  const boxes = order.map((documentIndex, index): TimelineBox => {
    // The first undated row also holds the "Unscheduled" heading; the rows after it move down.
    const y = index * rowSize + (index > scheduledCount ? headingSize : 0);
    const height = rowSize + (index === scheduledCount ? headingSize : 0);
    if (index >= scheduledCount) return { documentIndex, lane: undefined, offset: undefined, length: undefined, shape: undefined, x: 0, y, width: 0, height };
    const offset = starts[index]! - origin;
    const length = Math.max(1, ends[index]! - starts[index]! + 1);
    const shape = length === 1 ? 'point' : 'bar';
    return { documentIndex, lane: index, offset, length, shape, x: offset * dayWidth, y, width: length * dayWidth, height };
  });
  const undated = order.length > scheduledCount;
  return {
    boxes,
    scheduledCount,
    scale,
    laneCount: scheduledCount,
    width: (scale?.days ?? 0) * dayWidth,
    height: order.length * rowSize + (undated ? headingSize : 0),
  };
}
