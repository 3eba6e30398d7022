import type { Comparator, Metric } from './types.js';

/** Where a metric stands against its target: `unknown` when there is no measured value. */
export type MetricState = 'met' | 'unmet' | 'unknown';

/** The bounds of a gauge's scale. */
export interface MetricScale {
  min: number;
  max: number;
}

/** Options of `evaluateMetric`. */
export interface EvaluateMetricOptions {
  /** Measured value; overrides `metric.current`. */
  current?: number;
  /** Lower bound of the scale. @defaultValue 0 (or the target, if it is negative) */
  min?: number;
  /** Upper bound of the scale. @defaultValue derived from the target and comparator */
  max?: number;
}

/** What `evaluateMetric` gives. */
export interface MetricEvaluation {
  /** The measured value used, if any. */
  current: number | undefined;
  /** Position of the current value along the scale, 0–1 (0 without a value). */
  ratio: number;
  /** Position of the target along the scale, 0–1: where the target marker goes. */
  targetRatio: number;
  state: MetricState;
  scale: MetricScale;
}

/** Mantissas a default scale rounds up to: 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 (× 10ⁿ). */
const NICE_STEPS = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10];

/**
 * The smallest "round" number at or above `value`: `niceCeil(9.99) = 10`, `niceCeil(312) = 400`,
 * `niceCeil(10000) = 10000`. Non-positive values give 1; past the largest double (2e308 does not
 * exist, nor does `Infinity` on a scale) it gives `Number.MAX_VALUE`.
 */
export function niceCeil(value: number): number {
  if (value === Number.POSITIVE_INFINITY) return Number.MAX_VALUE;
  if (!(value > 0) || !Number.isFinite(value)) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  // Division leaves float dust (0.3 / 0.1 = 2.9999…); compare with a relative tolerance.
  const mantissa = value / magnitude;
  const step = NICE_STEPS.find((candidate) => candidate >= mantissa - 1e-9) ?? 10;
  const nice = Number((step * magnitude).toPrecision(12));
  return Number.isFinite(nice) ? nice : Number.MAX_VALUE;
}

/** `a + b` that stops at the largest double instead of reaching Infinity (extreme targets stay drawable). */
function boundedSum(a: number, b: number): number {
  return Math.max(-Number.MAX_VALUE, Math.min(Number.MAX_VALUE, a + b));
}

function isPercent(unit: string | undefined): boolean {
  return unit === '%';
}

/**
 * The scale a reader expects without configuration: percentages run 0–100; a "more is better"
 * target (`gt`, `gte`) is the end of the scale, rounded up; for `lt`, `lte` and `eq` the target sits
 * mid-scale so an overshoot shows. A zero target (`Zero critical vulnerabilities`) gets a scale
 * wide enough for the current value. Whatever the target, the scale holds the current value, so a
 * meter never reports less than was measured (`≥ 10,000` at 13,000 runs to 15,000).
 */
export function defaultMetricScale(metric: Pick<Metric, 'target' | 'comparator' | 'unit'>, current?: number): MetricScale {
  const measured = current ?? 0;
  const min = Math.min(0, metric.target, measured);
  if (isPercent(metric.unit) && min === 0 && Math.max(metric.target, measured) <= 100) return { min: 0, max: 100 };
  const span = boundedSum(metric.target, -min);
  const held = boundedSum(measured, -min);
  let reach: number;
  switch (metric.comparator) {
    case 'gt':
    case 'gte':
      reach = span;
      break;
    case 'lt':
    case 'lte':
    case 'eq':
      reach = span > 0 ? span * 2 : Math.max(1, held) * 2;
      break;
    default:
      return metric.comparator satisfies never;
  }
  // Past ±1e308 the width cannot be held as a double; the bounds then stop at the values themselves.
  return { min, max: Math.max(boundedSum(min, niceCeil(Math.max(reach, held))), metric.target, measured) };
}

/** Whether `current` satisfies `comparator target`; `eq` allows float rounding. */
export function meetsTarget(current: number, comparator: Comparator, target: number): boolean {
  switch (comparator) {
    case 'lt':
      return current < target;
    case 'lte':
      return current <= target;
    case 'gt':
      return current > target;
    case 'gte':
      return current >= target;
    case 'eq':
      return Math.abs(current - target) <= 1e-9 * Math.max(1, Math.abs(target));
    default:
      return comparator satisfies never;
  }
}

function ratioOn(value: number, scale: MetricScale): number {
  // Halved first, so that a scale from -1e308 to 1e308 measures its width without overflowing.
  const width = scale.max / 2 - scale.min / 2;
  if (!(width > 0)) return 0;
  const ratio = (value / 2 - scale.min / 2) / width;
  return Math.min(1, Math.max(0, ratio));
}

function finiteOrUndefined(value: number | undefined): number | undefined {
  return value !== undefined && Number.isFinite(value) ? value : undefined;
}

/** Whether a metric has a measured value to draw on a gauge; one without is a target to read as text. */
export function isMetricMeasured(metric: Pick<Metric, 'current'>): boolean {
  return finiteOrUndefined(metric.current) !== undefined;
}

/**
 * A scale whose bounds are finite and apart. Near ±1e308 adding 1 changes nothing (`min + 1 === min`)
 * and doubling overflows, so an empty or inverted scale widens by the bound's own size, within the
 * largest double.
 */
function spreadScale(min: number, max: number, width: number): MetricScale {
  if (max > min) return { min, max };
  for (const step of [Math.max(1, width), Math.abs(min)]) {
    const widened = Math.min(Number.MAX_VALUE, min + step);
    if (widened > min) return { min, max: widened };
  }
  // `min` is the largest double: nothing lies above it, so the scale ends there.
  return { min: min / 2, max: min };
}

/**
 * A metric against its target: the 0–1 position of the current value and of the target on a
 * sensible scale, and whether the target is met, honouring the comparator (lower is better for
 * `lt`). Without a finite current value the state is `unknown`.
 * @example
 * evaluateMetric({ id: 'p95', label: 'p95 latency', target: 100, comparator: 'lt', unit: 'ms' }, { current: 87 })
 * // { current: 87, ratio: 0.435, targetRatio: 0.5, state: 'met', scale: { min: 0, max: 200 } }
 */
export function evaluateMetric(metric: Metric, options: EvaluateMetricOptions = {}): MetricEvaluation {
  const current = finiteOrUndefined('current' in options ? options.current : metric.current);
  const fallback = defaultMetricScale(metric, current);
  // An empty or inverted scale would divide by zero; keep the lower bound and widen upwards.
  const scale = spreadScale(finiteOrUndefined(options.min) ?? fallback.min, finiteOrUndefined(options.max) ?? fallback.max, boundedSum(fallback.max, -fallback.min));
  return {
    current,
    ratio: current === undefined ? 0 : ratioOn(current, scale),
    targetRatio: ratioOn(metric.target, scale),
    state: current === undefined ? 'unknown' : meetsTarget(current, metric.comparator, metric.target) ? 'met' : 'unmet',
    scale,
  };
}
