'use client';
import { useAnimate } from 'framer-motion/mini';
import { useRef, useState } from 'react';
import { useClientLayoutEffect } from '../../hooks/internal/useClientLayoutEffect.js';
import { prefersReducedMotion } from '../common/prefersReducedMotion.js';

/** How long a group takes to open or close, in seconds. */
const DURATION = 0.22;

/** What `useCollapseAnimation` gives a collapsible panel. */
export interface CollapseAnimation {
  /** Ref for the panel whose height animates. */
  scope: ReturnType<typeof useAnimate<HTMLDivElement>>[0];
  /** Whether the panel's content is mounted: while open, and while closing. */
  isPresent: boolean;
}

/**
 * Animates a panel's height between 0 and its content's height with framer-motion's WAAPI
 * `useAnimate` (framer-motion/mini, ~3.5 KiB gzipped: CSS cannot transition to `height: auto`).
 * Closed panels unmount their content, so a long phase only renders its open groups. Instant when
 * the reader prefers reduced motion or when `instant` (printing); nothing animates on the first render.
 */
export function useCollapseAnimation(isOpen: boolean, instant = false): CollapseAnimation {
  const [scope, animate] = useAnimate<HTMLDivElement>();
  const [isPresent, setPresent] = useState(isOpen);
  // Opening mounts the content in the same render, so it can be measured before paint.
  if (isOpen && !isPresent) setPresent(true);
  const previous = useRef(isOpen);

  useClientLayoutEffect(() => {
    if (previous.current === isOpen) return;
    previous.current = isOpen;
    const panel = scope.current;
    if (!panel || typeof panel.animate !== 'function' || instant || prefersReducedMotion()) {
      if (panel) panel.style.height = '';
      if (!isOpen) setPresent(false);
      return;
    }
    // Start where the panel is now, so an interrupted animation turns around smoothly.
    const from = isOpen && !panel.style.height ? 0 : panel.getBoundingClientRect().height;
    const to = isOpen ? panel.scrollHeight : 0;
    panel.style.overflow = 'hidden';
    const controls = animate(panel, { height: [`${from}px`, `${to}px`] }, { duration: DURATION, ease: [0.4, 0, 0.2, 1] });
    let settled = false;
    controls.then(() => {
      if (settled) return;
      settled = true;
      panel.style.height = '';
      panel.style.overflow = '';
      if (!isOpen) setPresent(false);
    });
    return () => {
      if (settled) return;
      settled = true;
      // Pin the height reached so the next animation (or the reduced-motion path) starts from it.
      panel.style.height = `${panel.getBoundingClientRect().height}px`;
      controls.stop();
    };
  }, [isOpen]);

  return { scope, isPresent: isOpen || isPresent };
}
