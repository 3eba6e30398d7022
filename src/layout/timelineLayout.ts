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
  phases.forEach((phase, index) => {
    (phase.when ? dated : undated).push(index);
  });
  const byTime = (a: number, b: number) => compareSpans(phases[a]!.when!, phases[b]!.when!) || a - b;
  // Roadmaps are mostly written in time order already: one linear check spares the sort.
  if (dated.some((index, at) => at > 0 && byTime(dated[at - 1]!, index) > 0)) dated.sort(byTime);
  return dated.concat(undated);
}

/** The earliest start and latest end of the dated phases (as day numbers alongside), widened to hold `today`. */
function rangeOf(spans: readonly DateSpan[], starts: readonly number[], ends: readonly number[], today: string | undefined): { start: string; end: string } | undefined {
  if (spans.length === 0) return undefined;
  let first = 0;
  let last = 0;
  for (let index = 1; index < spans.length; index += 1) {
    if (starts[index]! < starts[first]!) first = index;
    if (ends[index]! > ends[last]!) last = index;
  }
  let start = spans[first]!.start;
  let end = spans[last]!.end;
  if (today && dayNumber(today) < starts[first]!) start = today;
  if (today && dayNumber(today) > ends[last]!) end = today;
  return { start, end };
}

/**
 * Places every phase in its own row: a dated one with its bar at its span (days × `dayWidth`, as
 * long as its dates, a one-day phase as a point), undated ones after them under room for their
 * heading. The same rows serve the list and the axis, so either can be drawn from one layout.
 */
export function computeTimelineLayout(phases: readonly { when?: DateSpan }[], options: TimelineLayoutOptions): TimelineLayout {
  const { dayWidth, rowSize, headingSize } = options;
  const order = orderByTime(phases);
  const spans = order.flatMap((index) => phases[index]!.when ?? []);
  const scheduledCount = spans.length;
  // Day numbers once per span: 10,000 phases are laid out on every zoom.
  const starts = spans.map((span) => dayNumber(span.start));
  const ends = spans.map((span) => dayNumber(span.end));
  const scale = computeTimeScale(rangeOf(spans, starts, ends, options.today), options.zoom);
  const origin = scale ? dayNumber(scale.start) : 0;
  const boxes = order.map((documentIndex, index): TimelineBox => {
    const span = spans[index];
    // The first undated row also holds the "Unscheduled" heading; the rows after it move down.
    const y = index * rowSize + (index > scheduledCount ? headingSize : 0);
    const height = rowSize + (index === scheduledCount ? headingSize : 0);
    if (!span) return { documentIndex, lane: undefined, offset: undefined, length: undefined, shape: undefined, x: 0, y, width: 0, height };
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
