import { defineSlots } from '../../theme/slots.js';

/** Slots of Timeline and their default classes. */
export const timelineSlots = /* @__PURE__ */ defineSlots('timeline', [
  'toolbar',
  'zoomButton',
  'viewport',
  'axis',
  'tick',
  'today',
  'list',
  'item',
  'groupHeading',
  'phase',
  'marker',
  'dates',
  'heading',
  'version',
  'title',
  'meta',
  'progress',
  'progressTrack',
  'progressFill',
  'tooltip',
  'tooltipTitle',
  'tooltipList',
]);
