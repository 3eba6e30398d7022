import type { MetricState } from '../../model/evaluateMetric.js';
import type { Comparator } from '../../model/types.js';
import type { RoadmapLabels } from '../labels.js';

const DIRECTION_WORDS: Record<Comparator, string> = { lt: 'under', lte: 'at most', gt: 'over', gte: 'at least', eq: 'exactly' };
const METRIC_STATE_NAMES: Record<MetricState, string> = { met: 'Target met', unmet: 'Target not met', unknown: 'No data yet' };

/** Default words of MetricGauge and `useMetricGauge` (RoadmapView's metrics table shows some of them too). */
export const metricGaugeLabels: Pick<RoadmapLabels, 'noData' | 'metricTarget' | 'metricTargetInWords' | 'metricState' | 'meterValueText' | 'invalidMetric'> = {
  noData: () => 'No data yet',
  metricTarget: (formattedTarget) => `Target ${formattedTarget}`,
  metricTargetInWords: (comparator, formattedValue) => `${DIRECTION_WORDS[comparator]} ${formattedValue}`,
  metricState: (state) => METRIC_STATE_NAMES[state],
  meterValueText: (formattedCurrent, formattedTarget, state) =>
    `${formattedCurrent}, ${state === 'met' ? 'meets' : 'misses'} the target of ${formattedTarget}`,
  invalidMetric: () => 'This metric could not be shown',
};
