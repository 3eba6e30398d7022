import { computeTimelineLayout } from '../../layout/timelineLayout.js';
import { computeTimeScale } from '../../dates/timeScale.js';
import type { Phase } from '../../model/types.js';
import type { TimelineEntry } from './timelineResult.js';
import { centerFor, coversView, entriesInView, tickRange, timelineEntries, todayOnAxis, WHOLE_AXIS } from './timelineViewModel.js';
import type { PhaseSummary } from './useSummarisedRoadmap.js';

const phase = (id: string, when?: Phase['when']): Phase => ({ id, title: id, status: 'planned', when, groups: [], metrics: [] });
// Only `phase` reaches the entries; the rest of a summary is the hook's business.
const summary = (of: Phase) => ({ phase: of }) as PhaseSummary;

// Written out of time order, with an undated phase first: the entries come in time order, undated last.
const later = phase('later');
const spring = phase('spring', { start: '2026-04-01', end: '2026-06-30', precision: 'quarter' });
const launch = phase('launch', { start: '2026-01-15', end: '2026-01-15', precision: 'day' });
const layout = computeTimelineLayout([later, spring, launch], { zoom: 'quarter', dayWidth: 2, rowSize: 40, headingSize: 32, today: '2026-02-01' });
const entries = timelineEntries(layout, [later, spring, launch].map(summary), 'tl');
const shown = (entry: TimelineEntry) => {
  const { summary: _, phase: of, ...rest } = entry;
  return { phase: of.id, ...rest };
};

describe('timelineEntries', () => {
  it('puts each phase on its box in time order, with its index, DOM id and the Unscheduled flag on the first undated one', () => {
    // The first undated row also holds the 32 px "Unscheduled" heading.
    expect(entries.map(shown)).toEqual([
      { phase: 'launch', index: 0, id: 'tl-phase-0', documentIndex: 2, lane: 0, offset: 14, length: 1, shape: 'point', x: 28, y: 0, width: 2, height: 40, isScheduled: true, isFirstUnscheduled: false },
      { phase: 'spring', index: 1, id: 'tl-phase-1', documentIndex: 1, lane: 1, offset: 90, length: 91, shape: 'bar', x: 180, y: 40, width: 182, height: 40, isScheduled: true, isFirstUnscheduled: false },
      { phase: 'later', index: 2, id: 'tl-phase-2', documentIndex: 0, lane: undefined, offset: undefined, length: undefined, shape: undefined, x: 0, y: 80, width: 0, height: 72, isScheduled: false, isFirstUnscheduled: true },
    ]);
    expect(entries[1]!.summary.phase).toBe(spring);
  });
});

describe('entriesInView', () => {
  it('keeps the rows the view and its overscan reach, whatever the horizontal scroll', () => {
    const view = { left: 5000, top: 0, width: 100, height: 30 };
    expect(entriesInView(entries, view, 0, 0).map((entry) => entry.index)).toEqual([0]);
    expect(entriesInView(entries, view, 10, 0).map((entry) => entry.index)).toEqual([0, 1]);
    expect(entriesInView(entries, { ...view, top: 90 }, 0, 2).map((entry) => entry.index)).toEqual([2]);
  });

  it('adds the tab stop when it is scrolled away, in time order', () => {
    expect(entriesInView(entries, { left: 0, top: 120, width: 100, height: 10 }, 0, 0).map((entry) => entry.index)).toEqual([0, 2]);
  });
});

describe('todayOnAxis', () => {
  it('places today in the middle of its day, in days and pixels from the axis start', () => {
    const scale = computeTimeScale({ start: '2026-01-15', end: '2026-06-30' }, 'quarter')!;
    expect(scale.start).toBe('2026-01-01');
    expect(todayOnAxis(scale, '2026-02-01', 2)).toEqual({ date: '2026-02-01', offset: 31.5, x: 63 });
    expect(todayOnAxis(scale, '2026-01-01', 0.6)).toEqual({ date: '2026-01-01', offset: 0.5, x: 0.3 });
  });
});

describe('tickRange', () => {
  it('renders every tick of a short axis', () => {
    expect(tickRange(60, 20_000)).toEqual(WHOLE_AXIS);
  });

  it('renders a long axis a 4K width either side of its center', () => {
    expect(tickRange(61, 20_000)).toEqual({ left: 16_160, right: 23_840 });
  });
});

describe('coversView and centerFor', () => {
  const range = tickRange(61, 20_000);

  it('keeps the window while the view, its overscan and a 4K width past it stay inside', () => {
    expect(coversView(range, 16_640, 480)).toBe(true);
    expect(coversView(range, 20_000, 480)).toBe(true);
    expect(coversView(range, 16_639, 480)).toBe(false);
    expect(coversView(range, 20_001, 480)).toBe(false);
  });

  it('moves the window to leave as much room to scroll either way', () => {
    const moved = tickRange(61, centerFor(30_000, 480));
    expect(moved).toEqual({ left: 27_840, right: 35_520 });
    expect(coversView(moved, 30_000, 480)).toBe(true);
    expect(30_000 - 480 - moved.left).toBe(moved.right - (30_000 + 3840));
  });
});
