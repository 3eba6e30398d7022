import type { Item, ItemGroup, Status } from './types.js';

/** Done items over the items still in scope. */
export interface Progress {
  done: number;
  /** Items in scope: all but cancelled and deferred ones, which left the phase. */
  total: number;
  /** `done / total`, or `undefined` when there are no items in scope (show "no items", not 0 %). */
  ratio: number | undefined;
}

/** Counts of items by status. */
export type StatusCounts = Record<Status, number>;

/** A zeroed count for every status. */
export function emptyStatusCounts(): StatusCounts {
  return { done: 0, 'in-progress': 0, planned: 0, deferred: 0, cancelled: 0 };
}

/** Every item of every group, in order. */
export function itemsOfGroups(groups: readonly ItemGroup[]): Item[] {
  return groups.flatMap((group) => group.items);
}

/** How many items of `groups` have each status, without collecting them first. */
export function countGroupItemsByStatus(groups: readonly ItemGroup[], counts = emptyStatusCounts()): StatusCounts {
  for (const group of groups) for (const item of group.items) counts[item.status] += 1;
  return counts;
}

/** How many items have each status. */
export function countByStatus(items: readonly { status: Status }[]): StatusCounts {
  const counts = emptyStatusCounts();
  for (const item of items) counts[item.status] += 1;
  return counts;
}

/** Progress from status counts, per DESIGN.md: cancelled and deferred items are out of scope. */
export function progressFromCounts(counts: StatusCounts): Progress {
  const total = counts.done + counts['in-progress'] + counts.planned;
  return { done: counts.done, total, ratio: total === 0 ? undefined : counts.done / total };
}

/**
 * The progress of a phase's items.
 * @example phaseProgress(phase) // { done: 3, total: 4, ratio: 0.75 }
 */
export function phaseProgress(phase: { groups: readonly ItemGroup[] }): Progress {
  return progressFromCounts(countGroupItemsByStatus(phase.groups));
}
