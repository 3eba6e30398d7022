'use client';
import type { ElementType } from 'react';
import type { Locale } from 'date-fns';
import { formatMetricValue } from '../../i18n/formatMetricValue.js';
import type { RoadmapLabels } from '../../i18n/labels.js';
import { isMetricMeasured } from '../../model/evaluateMetric.js';
import type { Metric } from '../../model/types.js';
import type { SlotProps } from '../../theme/slots.js';
import { MetricGaugeView } from '../MetricGauge/MetricGaugeView.js';
import type { PhaseCardSlot } from './PhaseCard.slots.js';
import type { PhaseCardDefaultLabels } from './phaseCardDefaultLabels.js';

interface PhaseCardMetricsProps {
  metrics: Metric[];
  heading: ElementType;
  slot: (name: PhaseCardSlot) => SlotProps;
  labels: PhaseCardDefaultLabels;
  /** The host's own labels, handed on to the gauges. */
  hostLabels: Partial<RoadmapLabels> | undefined;
  locale: Locale;
  unstyled: boolean | undefined;
}

/**
 * A phase's success metrics: a compact gauge for each measured one, and the targets nobody has
 * measured yet as plain text with their direction (`p95 latency — under 100 ms`), not as a row of
 * empty meters.
 */
export function PhaseCardMetrics({ metrics, heading: Heading, slot, labels, hostLabels, locale, unstyled }: PhaseCardMetricsProps) {
  const measured = metrics.filter(isMetricMeasured);
  const targets = metrics.filter((metric) => !isMetricMeasured(metric));
  return (
    <div {...slot('metrics')}>
      <Heading {...slot('metricsHeading')}>{labels.metricsHeading()}</Heading>
      {measured.length > 0 && (
        <ul {...slot('metricsList')}>
          {measured.map((metric) => (
            <li key={metric.id}>
              <MetricGaugeView metric={metric} variant="compact" locale={locale} labels={hostLabels} unstyled={unstyled} />
            </li>
          ))}
        </ul>
      )}
      {targets.length > 0 && (
        <ul {...slot('targets')}>
          {targets.map((metric) => (
            <li key={metric.id} {...slot('target')} data-state="unknown">
              <span {...slot('targetLabel')}>{metric.label}</span>{' '}
              <span {...slot('targetValue')}>{labels.metricTargetInWords(metric.comparator, formatMetricValue(metric.target, metric.unit, locale))}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
