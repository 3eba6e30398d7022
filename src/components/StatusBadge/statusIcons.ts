import type { Status } from '../../model/types.js';

/**
 * A glyph per status, so status never rests on colour alone. The glyph is decorative
 * (`aria-hidden`); the status name is always there as text. Each is in the fonts every platform
 * ships (DejaVu Sans on Linux included): deferred was ⏸ (U+23F8), which showed as an empty box there.
 */
export const STATUS_ICONS: Record<Status, string> = {
  done: '✓',
  'in-progress': '◐',
  planned: '○',
  deferred: '‖',
  cancelled: '✕',
};
