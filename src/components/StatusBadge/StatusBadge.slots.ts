import { defineSlots } from '../../theme/slots.js';

/** Slots of StatusBadge and their default classes. */
export const statusBadgeSlots = /* @__PURE__ */ defineSlots('status-badge', [
  'icon',
  'label',
]);
