'use client';
import type { HTMLAttributes, MouseEvent } from 'react';
import { useCallback, useId, useMemo, useState } from 'react';
import { createIdRegistry } from '../model/createIdRegistry.js';
import type { Progress, StatusCounts } from '../model/phaseProgress.js';
import { countByStatus, itemsOfGroups, progressFromCounts } from '../model/phaseProgress.js';
import { slugify } from '../model/slugify.js';
import type { ItemStatusFilter } from '../model/isStatusShown.js';
import { isStatusShown } from '../model/isStatusShown.js';
import type { Item, ItemGroup, Phase } from '../model/types.js';
import { validatePhase } from '../model/validatePhase.js';
import type { ValidationIssue } from '../model/validationContext.js';
import { composeHandlers } from './internal/composeHandlers.js';
import { NO_ISSUES } from './internal/noIssues.js';
import { useControllableState } from './internal/useControllableState.js';

/** Phases with more items than this start with only their first few groups open (DESIGN.md). */
export const LONG_PHASE_ITEMS = 50;
/** What an invalid phase shows: nothing. */
const EMPTY_PHASE: Phase = { id: '', title: '', status: 'planned', groups: [], metrics: [] };

/** How many groups a long phase opens at first. */
export const LONG_PHASE_OPEN_GROUPS = 3;
/** A group with more shown items than this starts with only its first few and a "Show all" control. */
export const LONG_GROUP_ITEMS = 8;
/** How many items a long group shows until the reader asks for all. */
export const LONG_GROUP_FIRST_ITEMS = 5;

/** Options of `usePhase`: which groups are open, as keys from `groups[i].key`. */
export interface UsePhaseOptions {
  /** Controlled list of open group keys. */
  open?: string[];
  /** Initially open group keys, or `true` / `false` for all / none. @defaultValue all, or the first three in a phase of more than 50 items */
  defaultOpen?: string[] | boolean;
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
  /** The items to draw now: all of `items`, or the first few of a long group until it shows all. */
  visibleItems: Item[];
  /** Whether the group is long enough to hold items back (more than `LONG_GROUP_ITEMS`). */
  isLong: boolean;
  /** Whether a long group shows all its items. */
  isShowingAll: boolean;
  /** Props for the "Show all N" / "Show fewer" button of a long group: `aria-expanded`, `aria-controls` (the items list), click to switch. */
  getShowAllProps<P extends HTMLAttributes<HTMLButtonElement>>(props?: P): P & PhaseShowAllAttributes;
  /** Props for the list of items, which the "Show all" button controls. */
  getItemsProps<P extends HTMLAttributes<HTMLElement>>(props?: P): P & { id: string };
  counts: StatusCounts;
  progress: Progress;
  isOpen: boolean;
  /** Props for the disclosure button: `aria-expanded`, `aria-controls`, click to toggle. */
  getToggleProps<P extends HTMLAttributes<HTMLButtonElement>>(props?: P): P & PhaseToggleAttributes;
  /** Props for the panel the button shows and hides. */
  getPanelProps<P extends HTMLAttributes<HTMLElement>>(props?: P): P & PhasePanelAttributes;
}

export interface PhaseToggleAttributes {
  type: 'button';
  id: string;
  'aria-expanded': boolean;
  'aria-controls': string;
  'data-state': 'open' | 'closed';
  onClick: (event: MouseEvent<HTMLButtonElement>) => void;
}

export interface PhaseShowAllAttributes {
  type: 'button';
  'aria-expanded': boolean;
  'aria-controls': string;
  onClick: (event: MouseEvent<HTMLButtonElement>) => void;
}

export interface PhasePanelAttributes {
  id: string;
  role: 'region';
  'aria-labelledby': string;
  'data-state': 'open' | 'closed';
}

/** What `usePhase` gives. */
export interface UsePhaseResult {
  /** Every problem of an invalid phase, with its path from the phase; empty when valid. An invalid phase gives no groups and no items. */
  issues: ValidationIssue[];
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
export function usePhase(input: Phase, options: UsePhaseOptions = {}): UsePhaseResult {
  // A host may hand the hook anything: it is checked here, once per input.
  const validation = useMemo(() => validatePhase(input), [input]);
  return usePhaseOfValidated(validation.ok ? validation.phase : EMPTY_PHASE, options, validation.ok ? NO_ISSUES : validation.issues);
}

/**
 * `usePhase` for a phase already validated (PhaseCard's edge did it), so it is not checked again;
 * `issues` are handed through to the result.
 */
export function usePhaseOfValidated(phase: Phase, options: UsePhaseOptions = {}, issues: ValidationIssue[] = NO_ISSUES): UsePhaseResult {
  const baseId = useId();
  const keys = useMemo(() => groupKeys(phase.groups), [phase.groups]);
  const initial = useMemo(() => {
    const given = options.defaultOpen;
    if (given === undefined) return defaultOpenGroups(phase);
    if (typeof given === 'boolean') return given ? keys : [];
    // Plain JavaScript hosts may pass anything; only a list of keys means "these groups".
    return Array.isArray(given) ? given : defaultOpenGroups(phase);
  }, [options.defaultOpen, phase, keys]);
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

  // Which long groups the reader asked to see whole; not a host-controlled state, like a "Read more".
  const [showingAll, setShowingAll] = useState<string[]>([]);
  const toggleShowAll = useCallback(
    (key: string) => setShowingAll((keys) => (keys.includes(key) ? keys.filter((shown) => shown !== key) : [...keys, key])),
    [],
  );

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
    const items = shownItems[index]!;
    const isLong = items.length > LONG_GROUP_ITEMS;
    const isShowingAll = !isLong || showingAll.includes(key);
    const itemsId = `${baseId}-items-${index}`;
    return {
      key,
      group,
      items,
      visibleItems: isShowingAll ? items : items.slice(0, LONG_GROUP_FIRST_ITEMS),
      isLong,
      isShowingAll,
      getShowAllProps: (props = {} as never) => ({
        ...props,
        type: 'button',
        'aria-expanded': isShowingAll,
        'aria-controls': itemsId,
        onClick: composeHandlers(props.onClick, () => toggleShowAll(key)),
      }),
      getItemsProps: (props = {} as never) => ({ ...props, id: itemsId }),
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
  return { issues, ...totals, shownItemCount, groups, openGroups, setOpenGroups, toggleGroup };
}
