import { act, renderHook } from '@testing-library/react';
import { EXAMPLE_NOW } from '../examples/exampleNow.js';
import { milestonesWithMetrics } from '../examples/milestonesWithMetrics.js';
import { numberedPhases } from '../examples/numberedPhases.js';
import { releasesByQuarter } from '../examples/releasesByQuarter.js';
import type { RoadmapFilter } from '../model/filterRoadmap.js';
import type { Roadmap } from '../model/types.js';
import { useRoadmap } from './useRoadmap.js';

describe('useRoadmap', () => {
  it('counts progress per phase and overall, leaving cancelled and deferred items out of scope', () => {
    const { result } = renderHook(() => useRoadmap(releasesByQuarter, { now: EXAMPLE_NOW }));
    expect(result.current.issues).toEqual([]);
    expect(result.current.phases.map(({ phase, progress }) => [phase.version, progress])).toEqual([
      ['v2.0.0', { done: 5, total: 5, ratio: 1 }],
      ['v2.1.0', { done: 1, total: 4, ratio: 0.25 }],
      ['v2.2.0', { done: 0, total: 4, ratio: 0 }],
      ['v2.3.0', { done: 0, total: 3, ratio: 0 }],
      ['v3.0.0', { done: 0, total: 2, ratio: 0 }],
    ]);
    expect(result.current.counts).toEqual({ done: 6, 'in-progress': 2, planned: 10, deferred: 1, cancelled: 1 });
    expect(result.current.progress).toEqual({ done: 6, total: 18, ratio: 6 / 18 });
    expect(result.current.tags).toEqual(['alerts']);
  });

  it('finds the phase under way today', () => {
    const { result } = renderHook(() => useRoadmap(releasesByQuarter, { now: EXAMPLE_NOW }));
    expect(result.current.currentPhase?.phase.version).toBe('v2.1.0');
    expect(result.current.phases.map(({ timing }) => timing)).toEqual(['past', 'current', 'future', 'future', 'future']);
  });

  it('flags phases whose span ended before today but that are not done', () => {
    const { result } = renderHook(() => useRoadmap(numberedPhases, { now: EXAMPLE_NOW }));
    expect(result.current.overduePhases.map(({ phase }) => phase.version)).toEqual(['Phase 1', 'Phase 2']);
    expect(result.current.currentPhase?.phase.version).toBe('Phase 3');
  });

  it('moves with now: nothing is overdue before the spans end', () => {
    const { result } = renderHook(() => useRoadmap(numberedPhases, { now: '2025-05-01' }));
    expect(result.current.overduePhases).toEqual([]);
    expect(result.current.currentPhase?.phase.version).toBe('Phase 1');
  });

  it('narrows phases and items by status, text and tag, keeping each phase its whole progress', () => {
    const { result } = renderHook(() => useRoadmap(releasesByQuarter, { now: EXAMPLE_NOW }));
    act(() => result.current.setFilter({ statuses: ['in-progress'] }));
    expect(result.current.visiblePhases.map(({ phase }) => [phase.version, phase.groups.flatMap((g) => g.items.map((i) => i.title))])).toEqual([
      ['v2.1.0', ['Breakdowns', 'Path explorer']],
    ]);
    expect(result.current.visiblePhases[0]!.progress).toEqual({ done: 1, total: 4, ratio: 0.25 });

    act(() => result.current.setFilter({ text: 'WAREHOUSE' }));
    expect(result.current.visiblePhases.map(({ phase }) => [phase.version, phase.groups.flatMap((g) => g.items.length)])).toEqual([['v2.3.0', [3]]]);

    act(() => result.current.setFilter({ tags: ['alerts'] }));
    expect(result.current.visiblePhases.flatMap(({ phase }) => phase.groups.flatMap((g) => g.items.map((i) => i.id)))).toEqual(['funnel-alerts', 'guardrail-metrics']);

    act(() => result.current.setFilter({}));
    expect(result.current.visiblePhases).toHaveLength(5);
  });

  it('follows a controlled filter and reports requested changes', () => {
    const onFilterChange = vi.fn();
    const { result, rerender } = renderHook(({ filter }) => useRoadmap(milestonesWithMetrics, { now: EXAMPLE_NOW, filter, onFilterChange }), {
      initialProps: { filter: { statuses: ['deferred'] } as RoadmapFilter },
    });
    expect(result.current.visiblePhases.map(({ phase }) => phase.version)).toEqual(['v1.3.0']);
    act(() => result.current.setFilter({ text: 'vault' }));
    expect(onFilterChange).toHaveBeenCalledWith({ text: 'vault' });
    expect(result.current.filter).toEqual({ statuses: ['deferred'] });
    rerender({ filter: { statuses: ['done'] } });
    expect(result.current.visiblePhases).toHaveLength(5);
  });

  it('returns the validation issues instead of throwing on an invalid roadmap', () => {
    const broken = { title: 'Broken', phases: [{ title: 'P', status: 'shipped' }] } as unknown as Roadmap;
    const { result } = renderHook(() => useRoadmap(broken, { now: EXAMPLE_NOW }));
    expect(result.current.roadmap).toBeUndefined();
    expect(result.current.phases).toEqual([]);
    expect(result.current.issues).toEqual([
      { path: 'phases[0].status', message: '"shipped" is not one of "done", "in-progress", "planned", "deferred", "cancelled"' },
    ]);
  });

  it('hands host code no inherited javascript: link from a JSON __proto__ key (#14)', () => {
    const input = JSON.parse('{"title":"T","phases":[{"title":"P","groups":[{"items":[{"title":"I","__proto__":{"href":"javascript:alert(1)"}}]}]}]}') as Roadmap;
    const { result } = renderHook(() => useRoadmap(input, { now: EXAMPLE_NOW }));
    expect(result.current.roadmap).toBeUndefined();
    expect(result.current.phases).toEqual([]);
    expect(result.current.issues).toEqual([{ path: 'phases[0].groups[0].items[0].__proto__', message: '"__proto__" is not allowed as a key (it could change what every object inherits)' }]);
  });
});
