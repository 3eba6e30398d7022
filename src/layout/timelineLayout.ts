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

/** The phases in time order, with the day numbers of the dated ones' ends (by document index). */
interface PhasesInTime {
  /** Document indexes: dated phases by start then end (document order breaks ties), then undated ones. */
  order: number[];
  /** How many of `order` are dated (they come first). */
  datedCount: number;
  starts: Float64Array;
  ends: Float64Array;
  /** The earliest start and the latest end, as written; `undefined` when nothing is dated. */
  range: { start: string; end: string } | undefined;
}

/**
 * One pass over the phases in document order: the day numbers of each span's ends (once each: a
 * first mount lays out 10,000 phases, in code the engine has not optimised yet), the earliest
 * start and latest end, and the time order. Roadmaps are mostly written in time order already:
 * comparing each span with the one before spares the sort.
 */
function placeInTime(phases: readonly { when?: DateSpan }[]): PhasesInTime {
  const count = phases.length;
  const starts = new Float64Array(count);
  const ends = new Float64Array(count);
  const dated: number[] = [];
  const undated: number[] = [];
  let range: PhasesInTime['range'];
  let firstDay = Number.POSITIVE_INFINITY;
  let lastDay = Number.NEGATIVE_INFINITY;
  let sorted = true;
  let previousStart = Number.NEGATIVE_INFINITY;
  let previousEnd = Number.NEGATIVE_INFINITY;
  for (let index = 0; index < count; index += 1) {
    const span = phases[index]!.when;
    if (!span) {
      undated.push(index);
      continue;
    }
    // Day numbers order dates as dates (`compareSpans`), whatever the length of their years.
    const start = dayNumber(span.start);
    const end = dayNumber(span.end);
    starts[index] = start;
    ends[index] = end;
    if (start < previousStart || (start === previousStart && end < previousEnd)) sorted = false;
    previousStart = start;
    previousEnd = end;
    range ??= { start: span.start, end: span.end };
    if (start < firstDay) {
      firstDay = start;
      range.start = span.start;
    }
    if (end > lastDay) {
      lastDay = end;
      range.end = span.end;
    }
    dated.push(index);
  }
  if (!sorted) dated.sort((a, b) => starts[a]! - starts[b]! || ends[a]! - ends[b]! || a - b);
  return { order: undated.length === 0 ? dated : dated.concat(undated), datedCount: dated.length, starts, ends, range };
}

/**
 * Document indexes in time order: dated phases by start then end (document order breaks ties),
 * then undated phases in document order, as DESIGN.md's timeline semantics ask.
 * @example orderByTime([{ when: q2 }, {}, { when: q1 }]) // [2, 0, 1]
 */
export function orderByTime(phases: readonly { when?: DateSpan }[]): number[] {
  return placeInTime(phases).order;
}

/**
 * Places every phase in its own row: a dated one with its bar at its span (days × `dayWidth`, as
 * long as its dates, a one-day phase as a point), undated ones after them under room for their
 * heading. The same rows serve the list and the axis, so either can be drawn from one layout.
 */
export function computeTimelineLayout(phases: readonly { when?: DateSpan }[], options: TimelineLayoutOptions): TimelineLayout {
  const { dayWidth, rowSize, headingSize, today } = options;
  const { order, datedCount: scheduledCount, starts, ends, range } = placeInTime(phases);
  // The axis always reaches today, so an overdue roadmap still shows where today is.
  if (range && today && dayNumber(today) < dayNumber(range.start)) range.start = today;
  if (range && today && dayNumber(today) > dayNumber(range.end)) range.end = today;
  const scale = computeTimeScale(range, options.zoom);
  const origin = scale ? dayNumber(scale.start) : 0;
  const boxes: TimelineBox[] = [];
  for (let index = 0; index < order.length; index += 1) {
    const documentIndex = order[index]!;
    // The first undated row also holds the "Unscheduled" heading; the rows after it move down.
    const y = index * rowSize + (index > scheduledCount ? headingSize : 0);
    const height = rowSize + (index === scheduledCount ? headingSize : 0);
    if (index >= scheduledCount) {
      boxes.push({ documentIndex, lane: undefined, offset: undefined, length: undefined, shape: undefined, x: 0, y, width: 0, height });
      continue;
    }
    const offset = starts[documentIndex]! - origin;
    const length = Math.max(1, ends[documentIndex]! - starts[documentIndex]! + 1);
    boxes.push({ documentIndex, lane: index, offset, length, shape: length === 1 ? 'point' : 'bar', x: offset * dayWidth, y, width: length * dayWidth, height });
  }
  return {
    boxes,
    scheduledCount,
    scale,
    laneCount: scheduledCount,
    width: (scale?.days ?? 0) * dayWidth,
    height: order.length * rowSize + (order.length > scheduledCount ? headingSize : 0),
  };
}
