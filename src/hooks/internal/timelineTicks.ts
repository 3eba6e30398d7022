import type { Locale } from 'date-fns';
import { parseIsoDate } from '../../dates/isoDate.js';
import type { TimelineZoom, TimeScale, TimeScaleTick } from '../../dates/timeScale.js';
import type { RoadmapLabels } from '../../i18n/labels.js';

/** A tick of the axis, placed in pixels and labelled. */
export interface TimelineTick extends TimeScaleTick {
  x: number;
  width: number;
  label: string;
}

const TICK_LABELS = { month: 'monthTick', quarter: 'quarterTick', year: 'yearTick' } as const;

/**
 * The axis ticks inside any of `ranges` (pixels along the axis at `dayWidth`), labelled for the
 * zoom. A long roadmap's axis holds up to a thousand ticks: only those near the view reach the DOM.
 * @example computeTimelineTicks(scale, 'quarter', 1.6, [{ left: 0, right: 600 }], labels, enUS)[0].label // 'Q1 2026'
 */
export function computeTimelineTicks(
  scale: TimeScale,
  zoom: TimelineZoom,
  dayWidth: number,
  ranges: readonly { left: number; right: number }[],
  labels: Pick<RoadmapLabels, 'monthTick' | 'quarterTick' | 'yearTick'>,
  locale: Locale,
): TimelineTick[] {
  const format = labels[TICK_LABELS[zoom]];
  const ticks: TimelineTick[] = [];
  for (const tick of scale.ticks) {
    const x = tick.offset * dayWidth;
    const width = tick.length * dayWidth;
    if (!ranges.some((range) => x + width >= range.left && x <= range.right)) continue;
    ticks.push({ ...tick, x, width, label: format(parseIsoDate(tick.start), locale) });
  }
  return ticks;
}
