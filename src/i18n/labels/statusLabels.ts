import type { Status } from '../../model/types.js';
import type { RoadmapLabels } from '../labels.js';

const STATUS_NAMES: Record<Status, string> = {
  done: 'Done',
  'in-progress': 'In progress',
  planned: 'Planned',
  deferred: 'Deferred',
  cancelled: 'Cancelled',
};

/** The default name of each status, for StatusBadge and every component that shows a phase or item. */
export const statusLabels: Pick<RoadmapLabels, 'status'> = {
  status: (status) => STATUS_NAMES[status],
};
