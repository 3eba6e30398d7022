import type { Status } from '../../model/types.js';
import type { BaseLabels } from '../baseLabels.js';

const STATUS_NAMES: Record<Status, string> = {
  done: 'Done',
  'in-progress': 'In progress',
  planned: 'Planned',
  deferred: 'Deferred',
  cancelled: 'Cancelled',
};

/** The default name of each status, for StatusBadge and every component that shows a phase or item. */
export const statusLabels: Pick<BaseLabels, 'status'> = {
  status: (status) => STATUS_NAMES[status],
};
