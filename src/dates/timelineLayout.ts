import { assignLanes } from '../model/assignLanes.js';
import type { DateSpan } from '../model/types.js';
import type { LayoutBox } from '../model/visibleRange.js';
import { earlierIsoDate, laterIsoDate } from './compareIsoDates.js';
import { compareSpans } from './compareSpans.js';
import { dayNumber } from './dayNumber.js';
import type { TimelineZoom, TimeScale } from './timeScale.js';
import { computeTimeScale } from './timeScale.js';

/** How a timeline lays phases out: on a time axis, or as a list. */
export type TimelineOrientation = 'horizontal' | 'vertical';

/** Sizes, in pixels, that turn days and lanes into boxes. */
export interface TimelineLayoutOptions {
  orientation: TimelineOrientation;
  zoom: TimelineZoom;
  /** Pixels per day on the horizontal axis. */
  dayWidth: number;
  /** Height of a lane on the horizontal axis, gap included. */
  laneSize: number;
  /** Narrowest bar: short phases still show their name. */
  minBarSize: number;
  /** Space between two bars in one lane. */
  barGap: number;
  /** Height of a row of the vertical list. */
  rowSize: number;
  /** Room for the "Unscheduled" heading above the undated phases. */
  headingSize: number;
}

/** Where one phase sits, in time order. */
export interface TimelineBox extends LayoutBox {
  /** Index of the phase in the roadmap's document order. */
  documentIndex: number;
  /** Lane on the horizontal axis; `undefined` for undated phases and in the vertical list. */
  lane: number | undefined;
  /** Days from the scale's start to the phase's first day; `undefined` when undated. */
  offset: number | undefined;
  /** Days the phase covers, both ends included; `undefined` when undated. */
  length: number | undefined;
}

/** Every phase placed, plus the size of the whole content. */
export interface TimelineLayout {
  /** Dated phases by span, then undated ones in document order. */
  boxes: TimelineBox[];
  /** How many of `boxes` are dated (they come first). */
  scheduledCount: number;
  scale: TimeScale | undefined;
  laneCount: number;
  width: number;
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

/** The earliest start and latest end of the dated phases. */
function rangeOf(spans: readonly DateSpan[]): { start: string; end: string } | undefined {
  if (spans.length === 0) return undefined;
  let start = spans[0]!.start;
  let end = spans[0]!.end;
  for (const span of spans) {
    start = earlierIsoDate(span.start, start);
    end = laterIsoDate(span.end, end);
  }
  return { start, end };
}

/**
 * Places every phase: on the horizontal axis at its span (days × `dayWidth`), in lanes so no two
 * bars touch; in the vertical list one row after another. Undated phases follow, under room for
 * their heading.
 */
export function computeTimelineLayout(phases: readonly { when?: DateSpan }[], options: TimelineLayoutOptions): TimelineLayout {
  const order = orderByTime(phases);
  const spans = order.flatMap((index) => phases[index]!.when ?? []);
  const scheduledCount = spans.length;
  const scale = computeTimeScale(rangeOf(spans), options.zoom);
  const origin = scale ? dayNumber(scale.start) : 0;
  const days = spans.map((span) => ({ offset: dayNumber(span.start) - origin, length: dayNumber(span.end) - dayNumber(span.start) + 1 }));
  if (options.orientation === 'vertical') return layOutList(order, days, scale, options);

  const { dayWidth, laneSize, minBarSize, barGap, headingSize } = options;
  const bars = days.map(({ offset, length }) => ({ start: offset * dayWidth, end: offset * dayWidth + Math.max(length * dayWidth, minBarSize) + barGap }));
  const { lanes, laneCount } = assignLanes(bars);
  const undatedTop = laneCount * laneSize + headingSize;
  const boxes = order.map((documentIndex, index): TimelineBox => {
    const bar = bars[index];
    if (!bar) {
      const slot = index - scheduledCount;
      return { documentIndex, lane: undefined, offset: undefined, length: undefined, x: slot * (minBarSize + barGap), y: undatedTop, width: minBarSize, height: laneSize - barGap };
    }
    const lane = lanes[index]!;
    return { documentIndex, lane, ...days[index]!, x: bar.start, y: lane * laneSize, width: bar.end - bar.start - barGap, height: laneSize - barGap };
  });
  const undatedCount = order.length - scheduledCount;
  return {
    boxes,
    scheduledCount,
    scale,
    laneCount,
    width: Math.max((scale?.days ?? 0) * dayWidth, undatedCount * (minBarSize + barGap)),
    height: undatedCount > 0 ? undatedTop + laneSize : laneCount * laneSize,
  };
}

function layOutList(order: number[], days: { offset: number; length: number }[], scale: TimeScale | undefined, options: TimelineLayoutOptions): TimelineLayout {
  const { rowSize, headingSize } = options;
  const scheduledCount = days.length;
  const boxes = order.map((documentIndex, index): TimelineBox => {
    const isUndated = index >= scheduledCount;
    // The first undated row also holds the "Unscheduled" heading; the rows after it move down.
    const y = index * rowSize + (isUndated && index > scheduledCount ? headingSize : 0);
    const height = rowSize + (index === scheduledCount ? headingSize : 0);
    return { documentIndex, lane: undefined, offset: days[index]?.offset, length: days[index]?.length, x: 0, y, width: 0, height };
  });
  const undated = order.length > scheduledCount;
  return { boxes, scheduledCount, scale, laneCount: 0, width: 0, height: order.length * rowSize + (undated ? headingSize : 0) };
}
