import { defineSlots } from '../../theme/slots.js';

/** Slots of MetricGauge and their default classes. */
export const metricGaugeSlots = /* @__PURE__ */ defineSlots('metric-gauge', [
  'label',
  'visual',
  'track',
  'fill',
  'marker',
  'value',
  'target',
  'state',
]);
