/**
 * Whether the reader asked for reduced motion, read when an animation is about to start (so a
 * change of the setting applies at once). framer-motion's `useReducedMotion` is not used: it reads
 * the setting once and logs a development warning whenever it is on. No window (server) counts as reduced.
 */
export function prefersReducedMotion(): boolean {
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return true;
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}
