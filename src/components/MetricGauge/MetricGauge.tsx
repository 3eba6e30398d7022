'use client';
import { forwardRef } from 'react';
import { metricGaugeLabels } from '../../i18n/labels/metricGaugeLabels.js';
import type { InvalidTitle } from '../common/ValidatedBoundary.js';
import { ValidatedBoundary } from '../common/ValidatedBoundary.js';
import { validMetric } from '../common/validators.js';
import type { MetricGaugeProps } from './MetricGaugeView.js';
import { MetricGaugeView } from './MetricGaugeView.js';

export type { MetricGaugeProps, MetricGaugeVariant } from './MetricGaugeView.js';

const INVALID_METRIC: InvalidTitle = { key: 'invalidMetric', fallback: metricGaugeLabels.invalidMetric };

/**
 * One success metric against its target: label, current value, target with comparator and unit,
 * a target marker and a met / unmet / unknown state (`data-state` on the root). A `role="meter"`
 * when there is a value, else a labelled group saying "No data yet". The fill moves from its
 * previous position by a CSS transition and the number counts from the previous value (the ARIA
 * values are final at once), both instant under `prefers-reduced-motion`. Anything that is
 * not a valid metric shows what is wrong instead of crashing the host page.
 * @example <MetricGauge metric={metric} current={87} variant="radial" />
 */
export const MetricGauge = /* @__PURE__ */ forwardRef<HTMLDivElement, MetricGaugeProps>(function MetricGauge(props, ref) {
  return (
    <ValidatedBoundary input={props.metric} validate={validMetric} props={props} forwardedRef={ref} title={INVALID_METRIC}>
      {(metric) => <MetricGaugeView {...props} metric={metric} ref={ref} />}
    </ValidatedBoundary>
  );
});
