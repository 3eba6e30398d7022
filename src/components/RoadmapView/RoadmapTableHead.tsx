'use client';
import type { RoadmapLabels } from '../../i18n/labels.js';

/** A column of RoadmapView's tables, named by `labels.tableColumn`. */
export type RoadmapTableColumn = Parameters<RoadmapLabels['tableColumn']>[0];

/** The header row of a RoadmapView table: one column header per column, in order. */
export function RoadmapTableHead({ columns, labels }: { columns: readonly RoadmapTableColumn[]; labels: Pick<RoadmapLabels, 'tableColumn'> }) {
  return (
    <thead>
      <tr>
        {columns.map((column) => (
          <th key={column} scope="col">
            {labels.tableColumn(column)}
          </th>
        ))}
      </tr>
    </thead>
  );
}
