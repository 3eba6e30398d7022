'use client';
import { useRef } from 'react';
import type { TimelineZoom } from '../../dates/timeScale.js';
import { usePrefersReducedMotion } from '../../hooks/internal/usePrefersReducedMotion.js';
import { useClientLayoutEffect } from '../../hooks/internal/useClientLayoutEffect.js';

function isInWindow(element: Element): boolean {
  const rect = element.getBoundingClientRect();
  return rect.bottom > 0 && rect.right > 0 && rect.top < window.innerHeight && rect.left < window.innerWidth;
}

/**
 * Slides phases in as they enter the list (on mount and as virtual rows scroll in) and again on
 * zoom. One transform per row is a plain Web Animations call: framer-motion's `mini` entry would add
 * about 3.5 KiB gzipped to every host for nothing it does better here. Nothing moves under
 * `prefers-reduced-motion`, nor before hydration tells us the reader's preference.
 */
export function useTimelineMotion<T extends HTMLElement>(zoom: TimelineZoom) {
  const reduced = usePrefersReducedMotion();
  const scope = useRef<T>(null);
  const seen = useRef(new WeakSet<Element>());
  const lastZoom = useRef(zoom);
  // Before the paint that first shows the rows: started later, they would show at rest for a frame, then jump.
  useClientLayoutEffect(() => {
    const list = scope.current;
    const zoomed = lastZoom.current !== zoom;
    lastZoom.current = zoom;
    // jsdom and old engines have no Web Animations API: skip rather than fail.
    if (!list || reduced || typeof list.animate !== 'function') return;
    // Only what the reader can see moves: a hundred animations off screen would cost the main
    // thread style work on every frame for nothing (measured: about 70 ms for a 100-phase mount).
    // A phase off screen stays unseen, so it slides in on a later render that finds it in view.
    const inView = Array.from(list.children).filter(isInWindow);
    const entering = zoomed ? inView : inView.filter((child) => !seen.current.has(child));
    if (entering.length === 0) return;
    for (const child of entering) seen.current.add(child);
    // Transform only: a fade would leave text below contrast for its duration (axe checks mid-way).
    const from = zoomed ? 'scale(0.96)' : 'translateY(0.5rem)';
    // When every row in view is new and slides alike (the first paint, a jump to the far end), the
    // list moves as one: each frame then restyles one element rather than every row's (measured:
    // 16 → 6 ms of animation frames for a 10,000-phase mount). A zoom scales each row about its centre.
    const moving = !zoomed && entering.length === inView.length ? [list] : entering;
    for (const element of moving) element.animate({ transform: [from, 'none'] }, { duration: 220, easing: 'ease-out' });
  });
  return scope;
}
