/** What a key does in a timeline. */
export type TimelineKeyAction = 'previous' | 'next' | 'first' | 'last' | 'zoomIn' | 'zoomOut' | 'select';

/**
 * The timeline's keyboard model, as a table (react-day-picker's `keyMap` idea). Both arrow pairs
 * move in time order whatever the orientation, as DESIGN.md asks; `+` / `=` zoom in, `-` out.
 * Roving focus per the WAI-ARIA APG: https://www.w3.org/WAI/ARIA/apg/practices/keyboard-interface/#kbd_roving_tabindex
 */
export const TIMELINE_KEYS: Readonly<Record<string, TimelineKeyAction>> = {
  ArrowUp: 'previous',
  ArrowDown: 'next',
  ArrowLeft: 'previous',
  ArrowRight: 'next',
  Home: 'first',
  End: 'last',
  '+': 'zoomIn',
  '=': 'zoomIn',
  '-': 'zoomOut',
  Enter: 'select',
};

/** Horizontal arrows flip in right-to-left layouts: time runs from right to left there. */
export const TIMELINE_RTL_KEYS: Readonly<Record<string, TimelineKeyAction>> = {
  ...TIMELINE_KEYS,
  ArrowLeft: 'next',
  ArrowRight: 'previous',
};

/** The action of a key press, honouring the writing direction. */
export function getTimelineKeyAction(key: string, dir: 'ltr' | 'rtl'): TimelineKeyAction | undefined {
  return (dir === 'rtl' ? TIMELINE_RTL_KEYS : TIMELINE_KEYS)[key];
}
