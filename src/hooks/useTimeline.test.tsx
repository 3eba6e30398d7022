import { act, renderHook } from '@testing-library/react';
import type { UIEvent } from 'react';
import { EXAMPLE_NOW } from '../examples/exampleNow.js';
import { generateRoadmap } from '../examples/generateRoadmap.js';
import { milestonesWithMetrics } from '../examples/milestonesWithMetrics.js';
import { numberedPhases } from '../examples/numberedPhases.js';
import { releasesByQuarter } from '../examples/releasesByQuarter.js';
import { useTimeline } from './useTimeline.js';

const placement = (entry: { phase: { id: string }; lane?: number; offset?: number; length?: number }) => ({
  id: entry.phase.id,
  lane: entry.lane,
  offset: entry.offset,
  length: entry.length,
});

describe('useTimeline', () => {
  it('gives every dated phase its own row, its bar as long as its dates and a one-day release a point', () => {
    const { result } = renderHook(() => useTimeline(releasesByQuarter, { orientation: 'horizontal', now: EXAMPLE_NOW, dayWidths: { quarter: 2 } }));
    expect(result.current.entries.map(({ phase, lane, offset, length, shape, x, y, width, height }) => ({ id: phase.id, lane, offset, length, shape, x, y, width, height }))).toEqual([
      { id: 'v2-0-0-foundations', lane: 0, offset: 76, length: 1, shape: 'point', x: 152, y: 0, width: 2, height: 88 },
      // A quarter is a quarter long: it ends where the next quarter's bar begins.
      { id: 'v2-1-0-funnels-journeys', lane: 1, offset: 92, length: 90, shape: 'bar', x: 184, y: 88, width: 180, height: 88 },
      { id: 'v2-2-0-experiments', lane: 2, offset: 182, length: 91, shape: 'bar', x: 364, y: 176, width: 182, height: 88 },
      { id: 'v2-3-0-warehouse-sync', lane: 3, offset: 273, length: 184, shape: 'bar', x: 546, y: 264, width: 368, height: 88 },
      { id: 'v3-0-0-lumen-cloud', lane: 4, offset: 457, length: 365, shape: 'bar', x: 914, y: 352, width: 730, height: 88 },
    ]);
    expect(result.current.laneCount).toBe(5);
    expect(result.current.days).toBe(822);
    expect(result.current.size).toEqual({ width: 1644, height: 440 });
    expect(result.current.todayMarker).toEqual({ date: '2026-03-15', x: 331, offset: 165.5 });
    // The deprecated name is the same marker.
    expect(result.current.today).toBe(result.current.todayMarker);
    expect(result.current.ticks.map((tick) => [tick.label, tick.x, tick.width])).toEqual([
      ['Q4 2025', 0, 184],
      ['Q1 2026', 184, 180],
      ['Q2 2026', 364, 182],
      ['Q3 2026', 546, 184],
      ['Q4 2026', 730, 184],
      ['Q1 2027', 914, 180],
      ['Q2 2027', 1094, 182],
      ['Q3 2027', 1276, 184],
      ['Q4 2027', 1460, 184],
    ]);
  });

  it('places day and month spans on a month axis and lists undated phases last, in document order', () => {
    const { result } = renderHook(() => useTimeline(milestonesWithMetrics, { orientation: 'horizontal', defaultZoom: 'month', now: EXAMPLE_NOW }));
    expect(result.current.entries.map(placement)).toEqual([
      { id: 'v0-1-0-production-release', lane: 0, offset: 8, length: 1 },
      { id: 'v1-2-0-multi-backend', lane: 1, offset: 28, length: 31 },
      { id: 'v1-3-0-advanced-features', lane: 2, offset: 120, length: 30 },
      { id: 'milestone-1-foundation', lane: undefined, offset: undefined, length: undefined },
      { id: 'milestone-2-core-functionality', lane: undefined, offset: undefined, length: undefined },
      { id: 'milestone-3-observability', lane: undefined, offset: undefined, length: undefined },
    ]);
    expect(result.current.entries.map((entry) => entry.isFirstUnscheduled)).toEqual([false, false, false, true, false, false]);
    expect(result.current.ticks.map((tick) => tick.label)).toEqual(['Feb 2026', 'Mar 2026', 'Apr 2026', 'May 2026', 'Jun 2026']);
  });

  it('places year and multi-quarter spans on a year axis across a leap year', () => {
    const { result } = renderHook(() => useTimeline(numberedPhases, { orientation: 'horizontal', defaultZoom: 'year', now: EXAMPLE_NOW }));
    expect(result.current.entries.map(placement)).toEqual([
      { id: 'phase-0-alpha-release', lane: 0, offset: 274, length: 182 },
      { id: 'phase-1-beta-release', lane: 1, offset: 456, length: 91 },
      { id: 'phase-2-general-availability', lane: 2, offset: 547, length: 184 },
      { id: 'phase-3-enterprise-edition', lane: 3, offset: 731, length: 365 },
      { id: 'research-experimental', lane: undefined, offset: undefined, length: undefined },
    ]);
    expect(result.current.ticks.map((tick) => tick.label)).toEqual(['2024', '2025', '2026']);
  });

  it('stretches the axis to reach today when every phase lies in the past', () => {
    const { result } = renderHook(() => useTimeline(releasesByQuarter, { orientation: 'horizontal', defaultZoom: 'year', now: '2029-06-30' }));
    expect(result.current.ticks.map((tick) => tick.label)).toEqual(['2025', '2026', '2027', '2028', '2029']);
    expect(result.current.todayMarker).toEqual({ date: '2029-06-30', offset: 1641.5, x: 984.9 });
    expect(result.current.todayMarker!.offset).toBeLessThan(result.current.days);
  });

  it('keeps only the ticks near today of a 10,000-phase axis, then those near where the reader scrolls', () => {
    const { result } = renderHook(() => useTimeline(generateRoadmap(10_000), { orientation: 'horizontal', defaultZoom: 'month', now: '2100-06-15' }));
    const labels = () => result.current.ticks.map((tick) => tick.label);
    expect(labels().length).toBeLessThan(150);
    // 190 years of months pass the 1,000-tick cap: a tick every three months, so June sits in April's.
    expect(labels()).toContain('Apr 2100');
    expect(labels()).not.toContain('Jan 2020');
    const scrolledToStart = { currentTarget: { scrollLeft: 0, scrollTop: 0, clientHeight: 480 }, defaultPrevented: false };
    act(() => result.current.getViewportProps().onScroll(scrolledToStart as unknown as UIEvent<HTMLElement>));
    expect(labels().length).toBeLessThan(150);
    expect(labels()).toContain('Jan 2020');
    expect(labels()).not.toContain('Apr 2100');
  });

  it('describes a phase with its dates in words, status, progress and next open items', () => {
    const { result } = renderHook(() => useTimeline(releasesByQuarter, { now: EXAMPLE_NOW }));
    const funnels = result.current.entries[1]!;
    expect(result.current.describePhase(funnels)).toEqual({
      dates: 'Q1 2026',
      datesInWords: 'January to March 2026',
      status: 'In progress',
      progress: '1 of 4 done',
      nextItems: [
        expect.objectContaining({ id: 'funnel-breakdowns' }),
        expect.objectContaining({ id: 'path-explorer' }),
        expect.objectContaining({ id: 'funnel-alerts' }),
      ],
    });
    expect(result.current.ticks).toEqual([]);
    expect(result.current.todayMarker).toBeUndefined();
  });

  it('gives the single tab stop to the current phase and numbers every item within the whole list', () => {
    const { result } = renderHook(() => useTimeline(releasesByQuarter, { now: EXAMPLE_NOW }));
    const [first, current] = result.current.entries;
    expect(result.current.activeIndex).toBe(1);
    expect(result.current.getPhaseProps(first!)).toMatchObject({ id: first!.id, tabIndex: -1 });
    expect(result.current.getPhaseProps(current!)).toMatchObject({ id: current!.id, tabIndex: 0 });
    expect(result.current.getItemProps(current!, { className: 'mine' })).toEqual({
      className: 'mine',
      'aria-setsize': 5,
      'aria-posinset': 2,
      'data-status': 'in-progress',
      'data-current': true,
      'data-overdue': undefined,
      'data-scheduled': true,
    });
  });

  it('returns only the rows in view plus the overscan, and the tab stop, for 10,000 phases', () => {
    const { result } = renderHook(() => useTimeline(generateRoadmap(10_000), { now: EXAMPLE_NOW }));
    expect(result.current.isVirtualized).toBe(true);
    expect(result.current.entries).toHaveLength(10_000);
    expect(result.current.size.height).toBe(10_000 * 88 + 32);
    // Rows of 88 px in a 480 px viewport with 480 px of overscan: rows 0–10, plus the current phase.
    expect(result.current.activeIndex).toBe(308);
    expect(result.current.visibleEntries.map((entry) => entry.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 308]);

    const viewport = { scrollLeft: 0, scrollTop: 44_000, clientWidth: 960, clientHeight: 480 };
    act(() => result.current.getViewportProps().onScroll({ currentTarget: viewport } as unknown as UIEvent<HTMLElement>));
    // The offset is read in steps of 120 px (a quarter of the overscan): 43,920 px, rows 493–510.
    expect(result.current.visibleEntries.map((entry) => entry.index)).toEqual([308, ...Array.from({ length: 18 }, (_, row) => 493 + row)]);
  });

  it('zooms in and out one level at a time, and only through the prop when controlled', () => {
    const onZoomChange = vi.fn();
    const uncontrolled = renderHook(() => useTimeline(releasesByQuarter, { orientation: 'horizontal', now: EXAMPLE_NOW, onZoomChange }));
    act(() => uncontrolled.result.current.zoomIn());
    expect(uncontrolled.result.current.zoom).toBe('month');
    act(() => uncontrolled.result.current.zoomIn());
    expect(uncontrolled.result.current.zoom).toBe('month');
    act(() => uncontrolled.result.current.zoomOut());
    act(() => uncontrolled.result.current.zoomOut());
    expect(uncontrolled.result.current.zoom).toBe('year');
    expect(onZoomChange.mock.calls).toEqual([['month'], ['quarter'], ['year']]);

    const controlled = renderHook(() => useTimeline(releasesByQuarter, { orientation: 'horizontal', now: EXAMPLE_NOW, zoom: 'quarter', onZoomChange }));
    act(() => controlled.result.current.zoomOut());
    expect(controlled.result.current.zoom).toBe('quarter');
    expect(onZoomChange).toHaveBeenLastCalledWith('year');
    expect(controlled.result.current.getZoomProps('quarter')).toMatchObject({ type: 'button', 'aria-pressed': true });
  });

  it('reports the issues of an invalid roadmap instead of throwing', () => {
    const { result } = renderHook(() => useTimeline({ title: 'Broken', phases: 'none' } as never, { now: EXAMPLE_NOW }));
    expect(result.current.roadmap).toBeUndefined();
    expect(result.current.issues.length).toBeGreaterThan(0);
    expect(result.current.entries).toEqual([]);
  });
});
