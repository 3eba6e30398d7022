'use client';
import { formatMetricValue } from '../../i18n/formatMetricValue.js';
import { formatPhaseName } from '../../model/phaseName.js';
import type { Metric, Phase } from '../../model/types.js';
import { RoadmapTableHead } from './RoadmapTableHead.js';
import { RoadmapTableScroll } from './RoadmapTableScroll.js';
import type { RoadmapViewPartProps } from './roadmapViewContext.js';

/** A target nobody has measured yet, with the phase it belongs to (none for a roadmap-wide one). */
export interface UnmeasuredTarget {
  metric: Metric;
  phase?: Phase;
}

/**
 * The targets without a measured value as one compact table — metric, target in words with its
 * direction (`at least 99.999%`), the phase it belongs to — instead of a wall of empty gauges.
 */
export function RoadmapTargetsTable({ targets, slot, labels, locale }: RoadmapViewPartProps & { targets: UnmeasuredTarget[] }) {
  const columns = ['metric', 'target', 'phase'] as const;
  return (
    <RoadmapTableScroll slot={slot} label={labels.tableRegion(labels.targetsCaption())}>
      <table {...slot('table')} data-part="targets">
        <caption>{labels.targetsCaption()}</caption>
        <RoadmapTableHead columns={columns} labels={labels} />
        <tbody>
          {targets.map(({ metric, phase }) => (
            <tr key={`${phase?.id ?? ''}/${metric.id}`}>
              <th scope="row">{metric.label}</th>
              <td>{labels.metricTargetInWords(metric.comparator, formatMetricValue(metric.target, metric.unit, locale))}</td>
              <td>{phase ? formatPhaseName(phase) : labels.wholeRoadmap()}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </RoadmapTableScroll>
  );
}
