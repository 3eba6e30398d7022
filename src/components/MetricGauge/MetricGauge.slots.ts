/** Slots of MetricGauge and their default classes. */
export const metricGaugeSlots = {
  root: 'rk-metric-gauge',
  label: 'rk-metric-gauge__label',
  visual: 'rk-metric-gauge__visual',
  track: 'rk-metric-gauge__track',
  fill: 'rk-metric-gauge__fill',
  marker: 'rk-metric-gauge__marker',
  value: 'rk-metric-gauge__value',
  target: 'rk-metric-gauge__target',
  state: 'rk-metric-gauge__state',
} as const;
