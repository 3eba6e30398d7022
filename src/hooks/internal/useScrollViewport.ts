'use client';
import type { UIEvent } from 'react';
import { useCallback, useRef, useState } from 'react';

/** Where a scrolling element is scrolled to and how big it is, in pixels. */
export interface ViewportState {
  left: number;
  top: number;
  width: number;
  height: number;
}

const DEFAULT_VIEWPORT = { width: 960, height: 480 };

/**
 * Follows how far a scrolling element is scrolled down and how tall it is — what decides which rows
 * a virtualised list renders. Both are rounded down to a quarter of the overscan, so scrolling
 * re-renders only when the window of rendered rows can change; sideways scrolling never does (the
 * axis's ticks follow it on their own, `useAxisWindow`). Before the element is measured (and on the
 * server) the view is `initial` at offset 0, so server and client render the same first rows. The
 * element is held in a ref, not in state: attaching it costs no second render of the timeline.
 */
export function useScrollViewport(initial: { width: number; height: number } = DEFAULT_VIEWPORT, overscan = 480) {
  const [view, setView] = useState<ViewportState>({ left: 0, top: 0, ...initial });
  const chunk = Math.max(1, Math.floor(overscan / 4));
  const { width, height: initialHeight } = initial;
  const read = useCallback(
    (target: HTMLElement) => {
      const top = Math.floor(target.scrollTop / chunk) * chunk;
      // Rounded down too, so a viewport near the assumed size causes no second render; the overscan covers the rounding.
      const height = Math.floor((target.clientHeight || initialHeight) / chunk) * chunk;
      setView((previous) => (previous.top === top && previous.height === height ? previous : { left: 0, top, width, height }));
    },
    [chunk, width, initialHeight],
  );
  const observer = useRef<ResizeObserver | null>(null);
  const viewportRef = useCallback(
    (element: HTMLElement | null) => {
      observer.current?.disconnect();
      observer.current = null;
      if (!element || typeof ResizeObserver === 'undefined') return;
      // The first observation comes after layout, before paint: no forced layout here.
      observer.current = new ResizeObserver(() => read(element));
      observer.current.observe(element);
    },
    [read],
  );
  const onScroll = useCallback((event: UIEvent<HTMLElement>) => read(event.currentTarget), [read]);
  return { view, viewportRef, onScroll };
}
