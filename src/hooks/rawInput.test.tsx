import { renderHook } from '@testing-library/react';
import { releasesByQuarter } from '../examples/releasesByQuarter.js';
import { useMetricGauge } from './useMetricGauge.js';
import { usePhase } from './usePhase.js';
import { useReleaseCalendar } from './useReleaseCalendar.js';
import { useRoadmap } from './useRoadmap.js';
import { useTimeline } from './useTimeline.js';

// What a host's untyped JSON can hold: hooks get it as it comes.
const raw: unknown[] = [null, 3, 'roadmap', [], { phases: 'x' }, { phases: [null, { title: 'Beta', when: { start: 'nope' } }], cadences: [{ every: { count: 'a' } }] }, { title: 7, groups: 'x', target: 'fast', phases: 5 }];
const NOW = '2026-03-15';

describe('headless hooks with raw input: never throw, give the issues and an empty result', () => {
  it.each(raw)('useRoadmap and useTimeline (%#)', (input) => {
    const roadmap = renderHook(() => useRoadmap(input as never, { now: NOW })).result.current;
    expect(roadmap.issues.length).toBeGreaterThan(0);
    expect(roadmap.phases).toEqual([]);
    const timeline = renderHook(() => useTimeline(input as never, { now: NOW })).result.current;
    expect(timeline.issues.length).toBeGreaterThan(0);
    expect(timeline.entries).toEqual([]);
  });

  it.each(raw)('useReleaseCalendar (%#)', (input) => {
    const calendar = renderHook(() => useReleaseCalendar(input as never, { now: NOW, showProjected: true })).result.current;
    expect(calendar.issues.length).toBeGreaterThan(0);
    expect(calendar.weeks.flat().flatMap((day) => day.releases)).toEqual([]);
    expect(calendar.projected).toEqual([]);
  });

  it.each(raw)('usePhase (%#)', (input) => {
    const phase = renderHook(() => usePhase(input as never)).result.current;
    expect(phase.issues.length).toBeGreaterThan(0);
    expect(phase.groups).toEqual([]);
    expect(phase.itemCount).toBe(0);
  });

  it.each(raw)('useMetricGauge (%#)', (input) => {
    const gauge = renderHook(() => useMetricGauge(input as never)).result.current;
    expect(gauge.issues.length).toBeGreaterThan(0);
    expect(gauge.state).toBe('unknown');
    expect(gauge.getMeterProps().role).toBe('group');
  });

  it('gives the paths of what is wrong, from the input the hook took', () => {
    const calendar = renderHook(() => useReleaseCalendar({ phases: [{ title: 'Beta', when: { start: 'nope' } }], cadences: [] } as never, { now: NOW })).result.current;
    expect(calendar.issues.map((issue) => issue.path)).toContain('phases[0].when.start');
    const phase = renderHook(() => usePhase({ title: 'Beta', groups: [{ items: [{ title: 'Sync', status: 'soon' }] }] } as never)).result.current;
    expect(phase.issues.map((issue) => issue.path)).toEqual(['groups[0].items[0].status']);
    const gauge = renderHook(() => useMetricGauge({ label: 'Latency', target: 'fast', comparator: 'lt' } as never)).result.current;
    expect(gauge.issues.map((issue) => issue.path)).toEqual(['target']);
  });

  it('gives no issues for a valid model, and the calendar needs no title', () => {
    const { phases, cadences } = releasesByQuarter;
    expect(renderHook(() => useReleaseCalendar({ phases, cadences }, { now: NOW })).result.current.issues).toEqual([]);
    expect(renderHook(() => usePhase(phases[0]!)).result.current.issues).toEqual([]);
    expect(renderHook(() => useRoadmap(releasesByQuarter, { now: NOW })).result.current.issues).toEqual([]);
  });
});
