import { defineSlots } from '../../theme/slots.js';

/** Slots of PhaseCard and their default classes. */
export const phaseCardSlots = /* @__PURE__ */ defineSlots('phase-card', [
  'header',
  'heading',
  'version',
  'title',
  'status',
  'dates',
  'summary',
  'progress',
  'progressTrack',
  'progressFill',
  'progressText',
  'groups',
  'group',
  'groupHeading',
  'groupToggle',
  'groupChevron',
  'groupTitle',
  'groupCount',
  'groupPanel',
  'items',
  'item',
  'itemIcon',
  'itemBody',
  'itemTitle',
  'itemDetail',
  'showAll',
  'targets',
  'target',
  'targetLabel',
  'targetValue',
  'empty',
  'metrics',
  'metricsHeading',
  'metricsList',
]);

/** A PhaseCard slot name. */
export type PhaseCardSlot = keyof typeof phaseCardSlots;
