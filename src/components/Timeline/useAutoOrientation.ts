'use client';
import type { RefObject } from 'react';
import { useEffect, useState } from 'react';
import type { TimelineOrientation } from '../../layout/timelineLayout.js';

/**
 * The orientation to use when the host chose none: the vertical list (the small-screen layout,
 * also what the server renders, so hydration matches), then the time axis once the timeline's own
 * width is measured at `breakpoint` pixels or more. Printing switches back to the list, which paper
 * shows whole where a time axis would be clipped.
 */
export function useAutoOrientation(elementRef: RefObject<HTMLElement | null>, chosen: TimelineOrientation | undefined, breakpoint: number, printing = false): TimelineOrientation {
  const [wide, setWide] = useState(false);
  useEffect(() => {
    const element = elementRef.current;
    if (chosen || !element) return;
    const observer = new ResizeObserver(() => setWide(element.clientWidth >= breakpoint));
    observer.observe(element);
    return () => observer.disconnect();
  }, [chosen, elementRef, breakpoint]);
  return chosen ?? (wide && !printing ? 'horizontal' : 'vertical');
}
