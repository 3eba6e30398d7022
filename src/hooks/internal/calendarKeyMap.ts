import type { CalendarMove } from '../../dates/moveCalendarDate.js';

/**
 * Keys of the WAI-ARIA date grid (https://www.w3.org/WAI/ARIA/apg/patterns/dialog-modal/examples/datepicker-dialog/)
 * as a table, like react-day-picker's `keyMap`: each key names a step and how many of it.
 * Horizontal arrows are for left-to-right layouts; `calendarMoveForKey` flips them in right-to-left.
 */
export const CALENDAR_KEY_MAP: Readonly<Record<string, readonly [CalendarMove, number]>> = {
  ArrowLeft: ['day', -1],
  ArrowRight: ['day', 1],
  ArrowUp: ['week', -1],
  ArrowDown: ['week', 1],
  Home: ['weekStart', 0],
  End: ['weekEnd', 0],
  PageUp: ['month', -1],
  PageDown: ['month', 1],
};

/** With Shift held, PageUp / PageDown move by year. */
export const CALENDAR_SHIFT_KEY_MAP: Readonly<Record<string, readonly [CalendarMove, number]>> = {
  PageUp: ['year', -1],
  PageDown: ['year', 1],
};

/** The step a key takes, or `undefined` for keys the grid leaves alone. */
export function calendarMoveForKey(
  event: { key: string; shiftKey: boolean; altKey: boolean; ctrlKey: boolean; metaKey: boolean },
  direction: 'ltr' | 'rtl',
): readonly [CalendarMove, number] | undefined {
  if (event.altKey || event.ctrlKey || event.metaKey) return undefined;
  const step = (event.shiftKey ? CALENDAR_SHIFT_KEY_MAP[event.key] : undefined) ?? CALENDAR_KEY_MAP[event.key];
  if (!step) return undefined;
  const isHorizontal = event.key === 'ArrowLeft' || event.key === 'ArrowRight';
  return direction === 'rtl' && isHorizontal ? [step[0], -step[1]] : step;
}
