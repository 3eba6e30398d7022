import { dayNumber, isoFromDayNumber } from './dayNumber.js';
import { MAX_ISO_DATE, MIN_ISO_DATE } from './supportedRange.js';
import { writeIsoDate } from './writeIsoDate.js';

/** How much time one tick of a timeline's axis covers. */
export type TimelineZoom = 'month' | 'quarter' | 'year';

/** Every zoom level, finest first: zooming in moves towards the start of this list. */
export const TIMELINE_ZOOMS = ['month', 'quarter', 'year'] as const satisfies readonly TimelineZoom[];

const MONTHS_PER_UNIT: Record<TimelineZoom, number> = { month: 1, quarter: 3, year: 12 };

/** One tick of the axis: a whole month, quarter or year (several, on a very long axis), placed in days from the scale's start. */
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

/**
 * The most ticks one axis gets. Past it, each tick covers several units (a month axis from 2026 to
 * 9999 would otherwise be 95,000 ticks, all rendered): the axis then ticks every 2, 3, 6… months or
 * every 2, 5, 10… years, whichever first fits.
 */
export const MAX_TIME_SCALE_TICKS = 1_000;

// Tick lengths in months, finest first; a zoom uses those that are whole multiples of its unit.
const TICK_MONTH_STEPS = [1, 2, 3, 6, 12, 24, 60, 120, 240, 600, 1_200, 2_400, 6_000, 12_000, 24_000];

/** A month as one number: `year * 12 + month index`, so month arithmetic needs no Date and no string. */
function monthIndexOf(iso: string): number {
  return Number(iso.slice(0, -6)) * 12 + Number(iso.slice(-5, -3)) - 1;
}

function monthStart(monthIndex: number): string {
  return writeIsoDate(Math.floor(monthIndex / 12), (monthIndex % 12) + 1, 1);
}

// 0001-01 and 9999-12: ticks never start before the first or end after the last supported day.
const FIRST_MONTH_INDEX = monthIndexOf(MIN_ISO_DATE);
const LAST_DAY_NUMBER = dayNumber(MAX_ISO_DATE);

/**
 * The first day of the month, quarter or year holding `iso`, by arithmetic on the date's digits (no time zone).
 * @example startOfZoomUnit('2026-05-20', 'quarter') // '2026-04-01'
 */
export function startOfZoomUnit(iso: string, zoom: TimelineZoom): string {
  const step = MONTHS_PER_UNIT[zoom];
  return monthStart(Math.floor(monthIndexOf(iso) / step) * step);
}

/**
 * The axis covering `range` at `zoom`: whole ticks, so a scale always starts on a month, quarter or
 * year boundary. At most `MAX_TIME_SCALE_TICKS` ticks: a longer axis ticks every few units. Ticks
 * are counted from month numbers, so the work is bounded by that cap whatever the dates are.
 * `undefined` when nothing is dated.
 * @example computeTimeScale({ start: '2025-12-16', end: '2026-02-01' }, 'month').ticks.length // 3
 */
export function computeTimeScale(range: { start: string; end: string } | undefined, zoom: TimelineZoom): TimeScale | undefined {
  if (!range) return undefined;
  const firstMonth = monthIndexOf(range.start);
  const lastMonth = monthIndexOf(range.end);
  // Also false for text that is no date (NaN): no axis rather than an endless one.
  if (!(firstMonth <= lastMonth)) return undefined;
  const unit = MONTHS_PER_UNIT[zoom];
  const step =
    TICK_MONTH_STEPS.find((months) => months % unit === 0 && Math.floor(lastMonth / months) - Math.floor(firstMonth / months) < MAX_TIME_SCALE_TICKS) ??
    TICK_MONTH_STEPS[TICK_MONTH_STEPS.length - 1]!;
  const firstTick = Math.max(FIRST_MONTH_INDEX, Math.floor(firstMonth / step) * step);
  const start = monthStart(firstTick);
  const origin = dayNumber(start);
  const ticks: TimeScaleTick[] = [];
  for (let tickMonth = firstTick; tickMonth <= lastMonth; tickMonth = Math.floor(tickMonth / step) * step + step) {
    const tickStart = monthStart(tickMonth);
    const first = dayNumber(tickStart);
    const last = Math.min(dayNumber(monthStart(Math.floor(tickMonth / step) * step + step)) - 1, LAST_DAY_NUMBER);
    ticks.push({ start: tickStart, end: isoFromDayNumber(last), offset: first - origin, length: last - first + 1 });
  }
  const last = ticks[ticks.length - 1]!;
  return { zoom, start, end: last.end, days: last.offset + last.length, ticks };
}
