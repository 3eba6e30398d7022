import type { Status } from './types.js';

/**
 * The status a phase gets from its items when nothing marks it explicitly: all in-scope items done
 * → done; any started or done → in progress; only deferred or only cancelled items → that; else planned.
 * @example derivePhaseStatus([{ status: 'done' }, { status: 'planned' }]) // 'in-progress'
 */
export function derivePhaseStatus(items: readonly { status: Status }[]): Status {
  if (items.length === 0) return 'planned';
  let done = 0;
  let started = 0;
  let deferred = 0;
  let cancelled = 0;
  for (const { status } of items) {
    if (status === 'done') done += 1;
    else if (status === 'in-progress') started += 1;
    else if (status === 'deferred') deferred += 1;
    else if (status === 'cancelled') cancelled += 1;
  }
  const inScope = items.length - deferred - cancelled;
  if (inScope === 0) return deferred > 0 ? 'deferred' : 'cancelled';
  if (done === inScope) return 'done';
  if (done > 0 || started > 0) return 'in-progress';
  return 'planned';
}
