/** Slots of StatusBadge and their default classes. */
export const statusBadgeSlots = {
  root: 'rk-status-badge',
  icon: 'rk-status-badge__icon',
  label: 'rk-status-badge__label',
} as const;
