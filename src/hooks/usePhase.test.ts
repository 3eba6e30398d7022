import { act, renderHook } from '@testing-library/react';
import { numberedPhases } from '../examples/numberedPhases.js';
import { releasesByQuarter } from '../examples/releasesByQuarter.js';
import type { Phase } from '../model/types.js';
import { defaultOpenGroups, usePhase } from './usePhase.js';

const funnels = releasesByQuarter.phases[1]!; // Funnels: 3 items; Journeys: 2 items, one deferred
const beta = numberedPhases.phases[1]!;

function longPhase(groupCount: number, itemsPerGroup: number): Phase {
  return {
    id: 'long',
    title: 'Long phase',
    status: 'in-progress',
    metrics: [],
    groups: Array.from({ length: groupCount }, (_, g) => ({
      title: `Area ${g + 1}`,
      items: Array.from({ length: itemsPerGroup }, (_, i) => ({ id: `a${g}-${i}`, title: `Task ${i + 1}`, status: i % 2 === 0 ? ('done' as const) : ('planned' as const) })),
    })),
  };
}

describe('usePhase', () => {
  it('counts progress over the items in scope, leaving deferred ones out', () => {
    const { result } = renderHook(() => usePhase(funnels));
    expect(result.current.progress).toEqual({ done: 1, total: 4, ratio: 0.25 });
    expect(result.current.counts).toEqual({ done: 1, 'in-progress': 2, planned: 1, deferred: 1, cancelled: 0 });
    expect(result.current.itemCount).toBe(5);
    expect(result.current.shownItemCount).toBe(5);
    expect(result.current.groups.map((group) => [group.key, group.progress, group.items.length])).toEqual([
      ['funnels', { done: 1, total: 3, ratio: 1 / 3 }, 3],
      ['journeys', { done: 0, total: 1, ratio: 0 }, 2],
    ]);
  });

  it('reports no progress ratio when nothing is in scope', () => {
    const phase: Phase = { id: 'p', title: 'Empty', status: 'planned', metrics: [], groups: [{ items: [{ id: 'x', title: 'Dropped', status: 'cancelled' }] }] };
    const { result } = renderHook(() => usePhase(phase));
    expect(result.current.progress).toEqual({ done: 0, total: 0, ratio: undefined });
    expect(result.current.groups[0]!.key).toBe('items');
  });

  it('opens every group of a short phase', () => {
    const { result } = renderHook(() => usePhase(beta));
    expect(result.current.openGroups).toEqual(['security-enhancements', 'policy-compliance', 'observability']);
    expect(result.current.groups.map((group) => group.isOpen)).toEqual([true, true, true]);
  });

  it('opens only the first three groups of a phase of more than 50 items', () => {
    const phase = longPhase(10, 20);
    expect(defaultOpenGroups(phase)).toEqual(['area-1', 'area-2', 'area-3']);
    const { result } = renderHook(() => usePhase(phase));
    expect(result.current.groups.map((group) => group.isOpen)).toEqual([true, true, true, false, false, false, false, false, false, false]);
    expect(result.current.itemCount).toBe(200);
    expect(result.current.progress).toEqual({ done: 100, total: 200, ratio: 0.5 });
  });

  it('keeps every group of a 50-item phase open', () => {
    expect(defaultOpenGroups(longPhase(5, 10))).toEqual(['area-1', 'area-2', 'area-3', 'area-4', 'area-5']);
  });

  it('wires each toggle to its panel and toggles on click', () => {
    const { result } = renderHook(() => usePhase(funnels));
    const toggle = result.current.groups[0]!.getToggleProps();
    const panel = result.current.groups[0]!.getPanelProps();
    expect(toggle).toMatchObject({ type: 'button', 'aria-expanded': true, 'aria-controls': panel.id, 'data-state': 'open' });
    expect(panel).toMatchObject({ role: 'region', 'aria-labelledby': toggle.id, 'data-state': 'open' });
    act(() => toggle.onClick({ defaultPrevented: false } as never));
    expect(result.current.openGroups).toEqual(['journeys']);
    expect(result.current.groups[0]!.getToggleProps()).toMatchObject({ 'aria-expanded': false, 'data-state': 'closed' });
    act(() => result.current.toggleGroup('funnels'));
    expect(result.current.openGroups).toEqual(['journeys', 'funnels']);
  });

  it("skips its toggle when the caller's handler prevents the default", () => {
    const { result } = renderHook(() => usePhase(funnels));
    const toggle = result.current.groups[0]!.getToggleProps({ onClick: (event) => event.preventDefault() });
    act(() => toggle.onClick({ defaultPrevented: false, preventDefault() { (this as { defaultPrevented: boolean }).defaultPrevented = true; } } as never));
    expect(result.current.openGroups).toEqual(['funnels', 'journeys']);
  });

  it('starts from defaultOpen and reports changes', () => {
    const onOpenChange = vi.fn();
    const { result } = renderHook(() => usePhase(funnels, { defaultOpen: ['journeys'], onOpenChange }));
    expect(result.current.groups.map((group) => group.isOpen)).toEqual([false, true]);
    act(() => result.current.toggleGroup('funnels'));
    expect(onOpenChange).toHaveBeenCalledWith(['journeys', 'funnels']);
    expect(result.current.openGroups).toEqual(['journeys', 'funnels']);
  });

  it('follows a controlled open list and only asks for changes', () => {
    const onOpenChange = vi.fn();
    const { result, rerender } = renderHook(({ open }) => usePhase(funnels, { open, onOpenChange }), { initialProps: { open: [] as string[] } });
    expect(result.current.groups.map((group) => group.isOpen)).toEqual([false, false]);
    act(() => result.current.toggleGroup('journeys'));
    expect(onOpenChange).toHaveBeenCalledWith(['journeys']);
    expect(result.current.openGroups).toEqual([]);
    rerender({ open: ['journeys'] });
    expect(result.current.groups.map((group) => group.isOpen)).toEqual([false, true]);
  });

  it('shows only open work with show="open", keeping counts and progress whole', () => {
    const { result } = renderHook(() => usePhase(funnels, { show: 'open' }));
    expect(result.current.groups.map((group) => group.items.map((item) => item.id))).toEqual([
      ['funnel-breakdowns', 'funnel-alerts'],
      ['path-explorer', 'journey-export'],
    ]);
    expect(result.current.shownItemCount).toBe(4);
    expect(result.current.itemCount).toBe(5);
    expect(result.current.progress).toEqual({ done: 1, total: 4, ratio: 0.25 });
  });

  it('filters by one status or a list of statuses', () => {
    const { result, rerender } = renderHook(({ show }) => usePhase(funnels, { show }), { initialProps: { show: 'done' as const } as { show: 'done' | readonly ('planned' | 'deferred')[] } });
    expect(result.current.groups.map((group) => group.items.map((item) => item.id))).toEqual([['funnel-builder'], []]);
    rerender({ show: ['planned', 'deferred'] });
    expect(result.current.groups.map((group) => group.items.map((item) => item.id))).toEqual([['funnel-alerts'], ['journey-export']]);
    expect(result.current.shownItemCount).toBe(2);
  });

  it('gives groups with the same title distinct keys', () => {
    const phase: Phase = { ...funnels, groups: [{ title: 'Tasks', items: [] }, { title: 'Tasks', items: [] }, { items: [] }] };
    const { result } = renderHook(() => usePhase(phase));
    expect(result.current.groups.map((group) => group.key)).toEqual(['tasks', 'tasks-2', 'items']);
  });
});
