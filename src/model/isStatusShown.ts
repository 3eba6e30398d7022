import type { Status } from './types.js';

/**
 * Which items a phase view shows, by status: `all`; `open` (work not finished: in progress,
 * planned or deferred — not done, not cancelled); `done`; one status; or a list of statuses.
 */
export type ItemStatusFilter = 'all' | 'open' | Status | readonly Status[];

/** The statuses `show="open"` keeps. */
export const OPEN_STATUSES: readonly Status[] = ['in-progress', 'planned', 'deferred'];

/**
 * Whether an item of this status passes the filter.
 * @example isStatusShown('cancelled', 'open') // false
 */
export function isStatusShown(status: Status, show: ItemStatusFilter = 'all'): boolean {
  if (show === 'all') return true;
  if (show === 'open') return OPEN_STATUSES.includes(status);
  if (typeof show === 'string') return status === show;
  return show.includes(status);
}
