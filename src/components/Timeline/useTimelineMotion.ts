'use client';
import { useAnimate } from 'framer-motion/mini';
import { useEffect, useRef } from 'react';
import type { TimelineZoom } from '../../dates/timeScale.js';
import { usePrefersReducedMotion } from '../../hooks/internal/usePrefersReducedMotion.js';

/**
 * Slides phases in as they enter the list (on mount and as virtual rows scroll in) and again on
 * zoom. framer-motion's `mini` entry (WAAPI `useAnimate`, about 3.5 KiB gzipped) is enough for
 * opacity and transform; `LazyMotion` + `m` would cost about 31 KiB. Nothing moves under
 * `prefers-reduced-motion`, nor before hydration tells us the reader's preference.
 */
export function useTimelineMotion<T extends HTMLElement>(zoom: TimelineZoom) {
  const reduced = usePrefersReducedMotion();
  const [scope, animate] = useAnimate<T>();
  const seen = useRef(new WeakSet<Element>());
  const lastZoom = useRef(zoom);
  useEffect(() => {
    const list = scope.current;
    const zoomed = lastZoom.current !== zoom;
    lastZoom.current = zoom;
    // jsdom and old engines have no Web Animations API: skip rather than fail.
    if (!list || reduced || typeof list.animate !== 'function') return;
    const entering = Array.from(list.children).filter((child) => zoomed || !seen.current.has(child));
    for (const child of entering) seen.current.add(child);
    // Transform only: a fade would leave text below contrast for its duration (axe checks mid-way).
    if (entering.length > 0) animate(entering, { transform: [zoomed ? 'scale(0.96)' : 'translateY(0.5rem)', 'none'] }, { duration: 0.22, ease: 'easeOut' });
  });
  return scope;
}
