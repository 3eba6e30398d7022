/** Writing direction of a layout. */
export type TextDirection = 'ltr' | 'rtl';

/**
 * The writing direction at `element`: `dir` when the caller gives one, else the element's computed
 * `direction`. The computed style is the one check that sees every way a page sets direction — a
 * `dir` attribute on any ancestor, a stylesheet's `direction`, a shadow host's `dir` — where
 * `closest('[dir]')` stops at a shadow root and misses CSS.
 * @example textDirection(cell) // 'rtl' inside <div dir="rtl">
 */
export function textDirection(element: Element, dir?: TextDirection): TextDirection {
  return dir ?? (getComputedStyle(element).direction === 'rtl' ? 'rtl' : 'ltr');
}
