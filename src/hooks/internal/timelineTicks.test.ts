import { computeTimeScale } from '../../dates/timeScale.js';
import { enUSDateLocale } from '../../i18n/enUSDateLocale.js';
import { timeScaleLabels } from '../../i18n/labels/timeScaleLabels.js';
import { computeTimelineTicks } from './timelineTicks.js';
import { WHOLE_AXIS } from './timelineViewModel.js';

const halfYear = { start: '2026-01-15', end: '2026-06-30' };

describe('computeTimelineTicks', () => {
  it('places and labels every tick of the axis in pixels at the day width', () => {
    const scale = computeTimeScale(halfYear, 'quarter')!;
    expect(computeTimelineTicks(scale, 'quarter', 2, [WHOLE_AXIS], timeScaleLabels, enUSDateLocale)).toEqual([
      { start: '2026-01-01', end: '2026-03-31', offset: 0, length: 90, x: 0, width: 180, label: 'Q1 2026' },
      { start: '2026-04-01', end: '2026-06-30', offset: 90, length: 91, x: 180, width: 182, label: 'Q2 2026' },
    ]);
  });

  it('keeps only the ticks touching one of the ranges, edges included', () => {
    const scale = computeTimeScale(halfYear, 'month')!;
    const labels = (ranges: { left: number; right: number }[]) => computeTimelineTicks(scale, 'month', 1, ranges, timeScaleLabels, enUSDateLocale).map((tick) => tick.label);
    // January is days 0–31, February 31–59, … June 151–181.
    expect(labels([{ left: 40, right: 50 }])).toEqual(['Feb 2026']);
    expect(labels([{ left: 31, right: 31 }])).toEqual(['Jan 2026', 'Feb 2026']);
    expect(labels([{ left: 0, right: 10 }, { left: 170, right: 175 }])).toEqual(['Jan 2026', 'Jun 2026']);
    expect(labels([{ left: 500, right: 600 }])).toEqual([]);
  });
});
