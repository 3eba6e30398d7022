import { dayNumber, isoFromDayNumber } from './dayNumber.js';

/** How much time one tick of a timeline's axis covers. */
export type TimelineZoom = 'month' | 'quarter' | 'year';

/** Every zoom level, finest first: zooming in moves towards the start of this list. */
export const TIMELINE_ZOOMS = ['month', 'quarter', 'year'] as const satisfies readonly TimelineZoom[];

const MONTHS_PER_TICK: Record<TimelineZoom, number> = { month: 1, quarter: 3, year: 12 };

/** One tick of the axis: a whole month, quarter or year, placed in days from the scale's start. */
export interface TimeScaleTick {
  /** First day, ISO. */
  start: string;
  /** Last day, ISO, inclusive. */
  end: string;
  /** Days from the scale's start to `start`. */
  offset: number;
  /** Days the tick covers. */
  length: number;
}

/** A time axis: whole ticks from the one holding the earliest day to the one holding the latest. */
export interface TimeScale {
  zoom: TimelineZoom;
  /** First day of the first tick, ISO. */
  start: string;
  /** Last day of the last tick, ISO, inclusive. */
  end: string;
  /** Days from `start` to `end`, both included. */
  days: number;
  ticks: TimeScaleTick[];
}

function monthStart(year: number, monthIndex: number): string {
  const y = year + Math.floor(monthIndex / 12);
  const m = ((monthIndex % 12) + 12) % 12;
  return `${String(y).padStart(4, '0')}-${String(m + 1).padStart(2, '0')}-01`;
}

/**
 * The first day of the month, quarter or year holding `iso`, by string arithmetic (no time zone).
 * @example startOfZoomUnit('2026-05-20', 'quarter') // '2026-04-01'
 */
export function startOfZoomUnit(iso: string, zoom: TimelineZoom): string {
  const step = MONTHS_PER_TICK[zoom];
  const month = Number(iso.slice(5, 7)) - 1;
  return monthStart(Number(iso.slice(0, 4)), Math.floor(month / step) * step);
}

/** The first day of the unit after the one starting on `unitStart`. */
function nextUnitStart(unitStart: string, zoom: TimelineZoom): string {
  return monthStart(Number(unitStart.slice(0, 4)), Number(unitStart.slice(5, 7)) - 1 + MONTHS_PER_TICK[zoom]);
}

/**
 * The axis covering `range` at `zoom`: whole ticks, so a scale always starts on a month, quarter or
 * year boundary. `undefined` when nothing is dated.
 * @example computeTimeScale({ start: '2025-12-16', end: '2026-02-01' }, 'month').ticks.length // 3
 */
export function computeTimeScale(range: { start: string; end: string } | undefined, zoom: TimelineZoom): TimeScale | undefined {
  if (!range) return undefined;
  const start = startOfZoomUnit(range.start, zoom);
  const origin = dayNumber(start);
  const ticks: TimeScaleTick[] = [];
  let tickStart = start;
  while (tickStart <= range.end) {
    const next = nextUnitStart(tickStart, zoom);
    const offset = dayNumber(tickStart) - origin;
    const length = dayNumber(next) - dayNumber(tickStart);
    ticks.push({ start: tickStart, end: isoFromDayNumber(dayNumber(next) - 1), offset, length });
    tickStart = next;
  }
  const last = ticks[ticks.length - 1]!;
  return { zoom, start, end: last.end, days: last.offset + last.length, ticks };
}
