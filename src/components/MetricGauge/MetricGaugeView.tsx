'use client';
import type { HTMLAttributes } from 'react';
import { forwardRef } from 'react';
import { useMetricGaugeOfValidated } from '../../hooks/useMetricGauge.js';
import { formatMetricValue } from '../../i18n/formatMetricValue.js';
import { metricGaugeLabels } from '../../i18n/labels/metricGaugeLabels.js';
import type { Metric } from '../../model/types.js';
import type { CommonProps } from '../common/commonProps.js';
import { useCommonProps } from '../common/useCommonProps.js';
import { splitCommonProps } from '../common/splitCommonProps.js';
import { metricGaugeSlots } from './MetricGauge.slots.js';
import { MetricGaugeArc } from './MetricGaugeArc.js';
import { useCountingText } from './useCountingText.js';

/** How a gauge is drawn: a half-circle dial, a bar, or one dense line for lists. */
export type MetricGaugeVariant = 'radial' | 'linear' | 'compact';

/** Props of `MetricGauge` (and of its view, once the metric is known to be valid). */
export interface MetricGaugeProps
  extends CommonProps<typeof metricGaugeSlots>,
    Omit<HTMLAttributes<HTMLDivElement>, 'className' | 'style' | 'role'> {
  /** The metric: label, target, comparator, unit and maybe a current value. */
  metric: Metric;
  /** Measured value; overrides `metric.current`. Leave both out for the "no data yet" look. */
  current?: number;
  /** Lower bound of the scale. @defaultValue 0 */
  min?: number;
  /** Upper bound of the scale. @defaultValue derived from the target: 0–100 for %, twice an `lt` target, a `gte` target rounded up */
  max?: number;
  /** How the gauge is drawn. @defaultValue 'linear' */
  variant?: MetricGaugeVariant;
}

/** The gauge itself, for a metric already checked by `checkMetric`. */
export const MetricGaugeView = /* @__PURE__ */ forwardRef<HTMLDivElement, MetricGaugeProps>(function MetricGaugeView(
  { metric, current, min, max, variant = 'linear', ...props },
  ref,
) {
  const [commonProps, rest] = splitCommonProps(props);
  const common = useCommonProps(commonProps, metricGaugeSlots, metricGaugeLabels);
  const { slot, rootProps } = common;
  const gauge = useMetricGaugeOfValidated(metric, { current, min, max, locale: common.locale, labels: common.labels });
  const hasValue = gauge.current !== undefined;
  const valueText = gauge.formattedCurrent ?? common.labels.noData();
  // The visible number counts from the previous value; the meter's ARIA values are final at once.
  const valueRef = useCountingText<HTMLSpanElement>(gauge.current, valueText, (value) => formatMetricValue(value, metric.unit, common.locale));
  const rootStyle = { ...rootProps.style, '--rk-metric-gauge-ratio': gauge.ratio, '--rk-metric-gauge-target': gauge.targetRatio };
  return (
    <div {...gauge.getMeterProps({ ...rest, ...rootProps, style: rootStyle })} ref={ref} data-variant={variant}>
      <span {...gauge.getLabelProps(slot('label'))}>{metric.label}</span>
      {variant === 'radial' ? (
        <MetricGaugeArc targetRatio={gauge.targetRatio} hasValue={hasValue} slot={slot} />
      ) : (
        <span {...slot('track')} aria-hidden="true">
          {hasValue && <span {...slot('fill')} />}
          <span {...slot('marker')} />
        </span>
      )}
      <span {...slot('value')} ref={valueRef}>
        {valueText}
      </span>
      <span {...slot('target')}>{common.labels.metricTarget(gauge.formattedTarget)}</span>
      {hasValue && <span {...slot('state')}>{common.labels.metricState(gauge.state)}</span>}
    </div>
  );
});
