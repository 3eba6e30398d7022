'use client';
import { formatMetricValue } from '../../i18n/formatMetricValue.js';
import { evaluateMetric } from '../../model/evaluateMetric.js';
import type { Metric } from '../../model/types.js';
import { RoadmapTableHead } from './RoadmapTableHead.js';
import { RoadmapTableScroll } from './RoadmapTableScroll.js';
import type { RoadmapViewPartProps } from './roadmapViewContext.js';

/** The roadmap-wide success metrics as a data table: target, measured value and whether it is met. */
export function RoadmapMetricsTable({ metrics, slot, labels, locale }: RoadmapViewPartProps & { metrics: Metric[] }) {
  const columns = ['metric', 'target', 'current', 'state'] as const;
  return (
    <RoadmapTableScroll slot={slot} label={labels.tableRegion(labels.sectionTitle('metrics'))}>
      <table {...slot('table')}>
        <caption>{labels.sectionTitle('metrics')}</caption>
        <RoadmapTableHead columns={columns} labels={labels} />
        <tbody>
          {metrics.map((metric) => {
            const { state } = evaluateMetric(metric);
            return (
              <tr key={metric.id} data-state={state}>
                <th scope="row">{metric.label}</th>
                <td>{formatMetricValue(metric.target, metric.unit, locale, metric.comparator)}</td>
                <td>{metric.current === undefined ? labels.noData() : formatMetricValue(metric.current, metric.unit, locale)}</td>
                <td>{labels.metricState(state)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </RoadmapTableScroll>
  );
}
