'use client';
import type { Locale } from 'date-fns';
import type { HTMLAttributes } from 'react';
import { useId, useMemo } from 'react';
import type { RoadmapLabels } from '../i18n/labels.js';
import { metricGaugeLabels } from '../i18n/labels/metricGaugeLabels.js';
import { formatMetricValue } from '../i18n/formatMetricValue.js';
import type { MetricScale, MetricState } from '../model/evaluateMetric.js';
import { evaluateMetric } from '../model/evaluateMetric.js';
import type { Metric } from '../model/types.js';
import { validateMetric } from '../model/validateMetric.js';
import type { ValidationIssue } from '../model/validationContext.js';
import { NO_ISSUES } from './internal/noIssues.js';

/** What an invalid metric shows: a gauge without data. */
const EMPTY_METRIC: Metric = { id: '', label: '', target: 0, comparator: 'gte' };

/** Options of `useMetricGauge`. */
export interface UseMetricGaugeOptions {
  /** Measured value; overrides `metric.current`. */
  current?: number;
  /** Lower bound of the scale. @defaultValue 0 */
  min?: number;
  /** Upper bound of the scale. @defaultValue derived from the target and comparator */
  max?: number;
  /** date-fns locale; its `code` picks number formatting. @defaultValue enUS */
  locale?: Locale;
  /** Labels for the value text (any `RoadmapLabels` will do). @defaultValue the English ones */
  labels?: Pick<RoadmapLabels, 'meterValueText'>;
}

/** Attributes `getMeterProps` sets: a meter with a value, else a labelled group (a meter needs a value). */
export type MeterAttributes =
  | {
      role: 'meter';
      'aria-labelledby': string;
      /** Numbers; a plain decimal string for values JavaScript would write with an exponent (past 1e21, below 1e-6). */
      'aria-valuemin': number | string;
      'aria-valuemax': number | string;
      'aria-valuenow': number | string;
      'aria-valuetext': string;
      'data-state': MetricState;
    }
  | { role: 'group'; 'aria-labelledby': string; 'data-state': MetricState };

/** What `useMetricGauge` gives. */
export interface UseMetricGaugeResult {
  /** Every problem of an invalid metric, with its path from the metric; empty when valid. An invalid metric reads as one without data (`state: 'unknown'`). */
  issues: ValidationIssue[];
  /** Position of the current value along the scale, 0–1 (0 without a value). */
  ratio: number;
  /** Position of the target along the scale, 0–1. */
  targetRatio: number;
  /** `met` / `unmet` honouring the comparator, `unknown` without a value. */
  state: MetricState;
  scale: MetricScale;
  /** The measured value used, if any. */
  current: number | undefined;
  /** Target with comparator and unit: `< 100 ms`. */
  formattedTarget: string;
  /** Current value with unit: `87 ms`; `undefined` without a value. */
  formattedCurrent: string | undefined;
  /** What a screen reader says for the value: `87 ms, meets the target of < 100 ms`. */
  valueText: string | undefined;
  /** Props for the element naming the gauge (its `id`). */
  getLabelProps<P extends HTMLAttributes<HTMLElement>>(props?: P): P & { id: string };
  /**
   * Props for the gauge's root: `role="meter"` with `aria-valuenow/min/max/text` when there is a
   * value, else `role="group"`; both labelled by `getLabelProps()`'s element and carrying `data-state`.
   */
  getMeterProps<P extends HTMLAttributes<HTMLElement>>(props?: P): P & MeterAttributes;
}

/**
 * A number as an ARIA value: ARIA numbers are plain decimals, and JavaScript writes 1e308 as
 * `1e+308`, which assistive technology and axe (`aria-valid-attr-value`) reject.
 */
export function toAriaNumber(value: number): number | string {
  if (!String(value).includes('e')) return value;
  if (Math.abs(value) >= 1) return BigInt(Math.trunc(value)).toString();
  // Enough decimals for 15 significant digits past the leading zeros.
  const digits = Math.min(100, 15 - Math.floor(Math.log10(Math.abs(value))));
  return value.toFixed(digits).replace(/\.?0+$/, '');
}

/**
 * A metric as a gauge: ratio along a sensible scale, met / unmet / unknown state honouring the
 * comparator, locale-formatted target and value, and ARIA meter props
 * (https://www.w3.org/WAI/ARIA/apg/patterns/meter/).
 * @example
 * const gauge = useMetricGauge(metric, { current: 87 });
 * <div {...gauge.getMeterProps()}><span {...gauge.getLabelProps()}>{metric.label}</span>{gauge.formattedCurrent}</div>
 */
export function useMetricGauge(input: Metric, options: UseMetricGaugeOptions = {}): UseMetricGaugeResult {
  // A host may hand the hook anything: it is checked here, once per input.
  const validation = useMemo(() => validateMetric(input), [input]);
  return useMetricGaugeOfValidated(validation.ok ? validation.metric : EMPTY_METRIC, options, validation.ok ? NO_ISSUES : validation.issues);
}

/**
 * `useMetricGauge` for a metric already validated (MetricGauge's edge did it), so it is not checked
 * again; `issues` are handed through to the result.
 */
export function useMetricGaugeOfValidated(metric: Metric, options: UseMetricGaugeOptions = {}, issues: ValidationIssue[] = NO_ISSUES): UseMetricGaugeResult {
  const { min, max, locale, labels = metricGaugeLabels } = options;
  const current = options.current ?? metric.current;
  const labelId = useId();
  const evaluation = useMemo(() => evaluateMetric(metric, { current, min, max }), [metric, current, min, max]);
  const formattedTarget = useMemo(
    () => formatMetricValue(metric.target, metric.unit, locale, metric.comparator),
    [metric.target, metric.unit, metric.comparator, locale],
  );
  const value = evaluation.current;
  const formattedCurrent = value === undefined ? undefined : formatMetricValue(value, metric.unit, locale);
  const { state, scale } = evaluation;
  const valueText = formattedCurrent === undefined || state === 'unknown' ? undefined : labels.meterValueText(formattedCurrent, formattedTarget, state);

  return {
    issues,
    ...evaluation,
    formattedTarget,
    formattedCurrent,
    valueText,
    getLabelProps: (props = {} as never) => ({ ...props, id: labelId }),
    getMeterProps: (props = {} as never) => {
      if (value === undefined || valueText === undefined) {
        return { ...props, role: 'group', 'aria-labelledby': labelId, 'data-state': state };
      }
      return {
        ...props,
        role: 'meter',
        'aria-labelledby': labelId,
        'aria-valuemin': toAriaNumber(scale.min),
        'aria-valuemax': toAriaNumber(scale.max),
        // ARIA wants valuenow inside the range; the true value (an overshoot) is in the valuetext.
        'aria-valuenow': toAriaNumber(Math.min(scale.max, Math.max(scale.min, value))),
        'aria-valuetext': valueText,
        'data-state': state,
      };
    },
  };
}
