'use client';
import type { HTMLAttributes, MouseEvent } from 'react';
import { useCallback, useId, useMemo } from 'react';
import { createIdRegistry } from '../model/createIdRegistry.js';
import type { Progress, StatusCounts } from '../model/phaseProgress.js';
import { countByStatus, itemsOfGroups, progressFromCounts } from '../model/phaseProgress.js';
import { slugify } from '../model/slugify.js';
import type { ItemStatusFilter } from '../model/isStatusShown.js';
import { isStatusShown } from '../model/isStatusShown.js';
import type { Item, ItemGroup, Phase } from '../model/types.js';
import { composeHandlers } from './internal/composeHandlers.js';
import { useControllableState } from './internal/useControllableState.js';

/** Phases with more items than this start with only their first few groups open (DESIGN.md). */
export const LONG_PHASE_ITEMS = 50;
/** How many groups a long phase opens at first. */
export const LONG_PHASE_OPEN_GROUPS = 3;

/** Options of `usePhase`: which groups are open, as keys from `groups[i].key`. */
export interface UsePhaseOptions {
  /** Controlled list of open group keys. */
  open?: string[];
  /** Initially open group keys. @defaultValue all, or the first three in a phase of more than 50 items */
  defaultOpen?: string[];
  /** Called with the new list of open group keys. */
  onOpenChange?: (open: string[]) => void;
  /** Which items each group shows, by status (`'open'`, `'done'`, a list…); counts and progress still cover every item. @defaultValue 'all' */
  show?: ItemStatusFilter;
}

/** One group with its state and prop getters. */
export interface PhaseGroupState {
  /** Stable key: the slug of its title, or `items` for the untitled group. */
  key: string;
  group: ItemGroup;
  /** The group's items that pass the `show` filter, in order. */
  items: Item[];
  counts: StatusCounts;
  progress: Progress;
  isOpen: boolean;
  /** Props for the disclosure button: `aria-expanded`, `aria-controls`, click to toggle. */
  getToggleProps<P extends HTMLAttributes<HTMLButtonElement>>(props?: P): P & ToggleAttributes;
  /** Props for the panel the button shows and hides. */
  getPanelProps<P extends HTMLAttributes<HTMLElement>>(props?: P): P & PanelAttributes;
}

interface ToggleAttributes {
  type: 'button';
  id: string;
  'aria-expanded': boolean;
  'aria-controls': string;
  'data-state': 'open' | 'closed';
  onClick: (event: MouseEvent<HTMLButtonElement>) => void;
}

interface PanelAttributes {
  id: string;
  role: 'region';
  'aria-labelledby': string;
  'data-state': 'open' | 'closed';
}

/** What `usePhase` gives. */
export interface UsePhaseResult {
  progress: Progress;
  counts: StatusCounts;
  itemCount: number;
  /** How many items pass the `show` filter. */
  shownItemCount: number;
  groups: PhaseGroupState[];
  openGroups: string[];
  setOpenGroups: (open: string[]) => void;
  /** Opens or closes one group. */
  toggleGroup: (key: string) => void;
}

/** The stable key of each group (`groups[i].key`): its title's slug, or `items` for the untitled group. */
export function groupKeys(groups: ItemGroup[]): string[] {
  const ids = createIdRegistry();
  return groups.map((group) => ids.claim(group.title ? slugify(group.title, 'group') : 'items'));
}

/** The groups open at first: all, except in a phase of more than 50 items only the first three. */
export function defaultOpenGroups(phase: Phase): string[] {
  const keys = groupKeys(phase.groups);
  const itemCount = itemsOfGroups(phase.groups).length;
  return itemCount > LONG_PHASE_ITEMS ? keys.slice(0, LONG_PHASE_OPEN_GROUPS) : keys;
}

/**
 * Progress, counts by status and disclosure state for one phase's groups (WAI-ARIA disclosure
 * pattern: https://www.w3.org/WAI/ARIA/apg/patterns/disclosure/).
 * @example
 * const { progress, groups } = usePhase(phase);
 * groups.map((g) => <button {...g.getToggleProps()}>{g.group.title}</button>);
 */
export function usePhase(phase: Phase, options: UsePhaseOptions = {}): UsePhaseResult {
  const baseId = useId();
  const keys = useMemo(() => groupKeys(phase.groups), [phase.groups]);
  const initial = useMemo(() => options.defaultOpen ?? defaultOpenGroups(phase), [options.defaultOpen, phase]);
  const [openGroups, setOpenGroups] = useControllableState({
    value: options.open,
    defaultValue: initial,
    onChange: options.onOpenChange,
    name: 'open',
  });
  const toggleGroup = useCallback(
    (key: string) => setOpenGroups(openGroups.includes(key) ? openGroups.filter((open) => open !== key) : [...openGroups, key]),
    [openGroups, setOpenGroups],
  );
  const totals = useMemo(() => {
    const items = itemsOfGroups(phase.groups);
    const counts = countByStatus(items);
    return { counts, progress: progressFromCounts(counts), itemCount: items.length };
  }, [phase.groups]);

  const show = options.show ?? 'all';
  const shownItems = useMemo(
    () => phase.groups.map((group) => (show === 'all' ? group.items : group.items.filter((item) => isStatusShown(item.status, show)))),
    [phase.groups, show],
  );

  const groups = phase.groups.map((group, index): PhaseGroupState => {
    const key = keys[index]!;
    const isOpen = openGroups.includes(key);
    const state = isOpen ? 'open' : 'closed';
    const toggleId = `${baseId}-toggle-${index}`;
    const panelId = `${baseId}-panel-${index}`;
    const counts = countByStatus(group.items);
    return {
      key,
      group,
      items: shownItems[index]!,
      counts,
      progress: progressFromCounts(counts),
      isOpen,
      getToggleProps: (props = {} as never) => ({
        ...props,
        type: 'button',
        id: toggleId,
        'aria-expanded': isOpen,
        'aria-controls': panelId,
        'data-state': state,
        onClick: composeHandlers(props.onClick, () => toggleGroup(key)),
      }),
      getPanelProps: (props = {} as never) => ({ ...props, id: panelId, role: 'region', 'aria-labelledby': toggleId, 'data-state': state }),
    };
  });

  const shownItemCount = shownItems.reduce((sum, items) => sum + items.length, 0);
  return { ...totals, shownItemCount, groups, openGroups, setOpenGroups, toggleGroup };
}
