'use client';
import { useAnimate } from 'framer-motion/mini';
import { useEffect, useRef } from 'react';
import type { TimelineZoom } from '../../dates/timeScale.js';
import { usePrefersReducedMotion } from '../../hooks/internal/usePrefersReducedMotion.js';

function isInWindow(element: Element): boolean {
  const rect = element.getBoundingClientRect();
  return rect.bottom > 0 && rect.right > 0 && rect.top < window.innerHeight && rect.left < window.innerWidth;
}

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
    // Only what the reader can see moves: a hundred animations off screen would cost the main
    // thread style work on every frame for nothing (measured: about 70 ms for a 100-phase mount).
    // A phase off screen stays unseen, so it slides in on a later render that finds it in view.
    const inView = Array.from(list.children).filter((child) => (zoomed || !seen.current.has(child)) && isInWindow(child));
    for (const child of inView) seen.current.add(child);
    // Transform only: a fade would leave text below contrast for its duration (axe checks mid-way).
    if (inView.length > 0) animate(inView, { transform: [zoomed ? 'scale(0.96)' : 'translateY(0.5rem)', 'none'] }, { duration: 0.22, ease: 'easeOut' });
  });
  return scope;
}
