'use client';
import { forwardRef, useMemo } from 'react';
import { metricGaugeLabels } from '../../i18n/labels/metricGaugeLabels.js';
import { checkMetric } from '../../model/checkMetric.js';
import { useRoadmapDefaults } from '../../theme/RoadmapThemeProvider.js';
import { issuesPropsFrom, splitCommonProps } from '../common/splitCommonProps.js';
import { RoadmapIssues } from '../RoadmapIssues/RoadmapIssues.js';
import type { MetricGaugeProps } from './MetricGaugeView.js';
import { MetricGaugeView } from './MetricGaugeView.js';

export type { MetricGaugeProps, MetricGaugeVariant } from './MetricGaugeView.js';

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
  const defaults = useRoadmapDefaults();
  const check = useMemo(() => checkMetric(props.metric), [props.metric]);
  if (!check.ok) {
    const [commonProps] = splitCommonProps(props);
    const invalidMetric = commonProps.labels?.invalidMetric ?? defaults.labels?.invalidMetric ?? metricGaugeLabels.invalidMetric;
    return (
      <RoadmapIssues
        ref={ref}
        issues={check.issues}
        {...issuesPropsFrom(commonProps)}
        labels={{ ...commonProps.labels, invalidRoadmap: invalidMetric }}
      />
    );
  }
  return <MetricGaugeView {...props} metric={check.metric} ref={ref} />;
});
