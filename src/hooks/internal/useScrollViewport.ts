'use client';
import type { UIEvent } from 'react';
import { useCallback, useEffect, useState } from 'react';

/** Where a scrolling element is scrolled to and how big it is, in pixels. */
export interface ViewportState {
  left: number;
  top: number;
  width: number;
  height: number;
}

const DEFAULT_VIEWPORT = { width: 960, height: 480 };

/**
 * Follows a scrolling element's offset and size. Offsets and sizes are rounded down to a quarter
 * of the overscan, so scrolling re-renders only when the window of rendered rows can change; the size
 * comes from a ResizeObserver. Before the element is measured (and on the server) the view is
 * `initial` at offset 0, so server and client render the same first rows.
 */
export function useScrollViewport(initial: { width: number; height: number } = DEFAULT_VIEWPORT, overscan = 480, tracksWidth = true) {
  const [element, setElement] = useState<HTMLElement | null>(null);
  const [view, setView] = useState<ViewportState>({ left: 0, top: 0, ...initial });
  const chunk = Math.max(1, Math.floor(overscan / 4));
  const { width: initialWidth, height: initialHeight } = initial;
  const read = useCallback(
    (target: HTMLElement) => {
      // Right-to-left scrolling counts negative offsets in Chromium and Firefox (CSSOM View).
      const left = Math.floor(Math.abs(target.scrollLeft) / chunk) * chunk;
      const top = Math.floor(target.scrollTop / chunk) * chunk;
      // Sizes are rounded down too, so a viewport near the assumed size causes no second render;
      // the overscan covers the rounding. A vertical list ignores the width altogether.
      const width = tracksWidth ? Math.floor((target.clientWidth || initialWidth) / chunk) * chunk : initialWidth;
      const height = Math.floor((target.clientHeight || initialHeight) / chunk) * chunk;
      setView((previous) =>
        previous.left === left && previous.top === top && previous.width === width && previous.height === height ? previous : { left, top, width, height },
      );
    },
    [chunk, initialWidth, initialHeight, tracksWidth],
  );
  useEffect(() => {
    if (!element) return;
    read(element);
    const observer = new ResizeObserver(() => read(element));
    observer.observe(element);
    return () => observer.disconnect();
  }, [element, read]);
  const onScroll = useCallback((event: UIEvent<HTMLElement>) => read(event.currentTarget), [read]);
  return { view, viewportRef: setElement, onScroll, viewportElement: element };
}
