'use client';
import { useEffect, useLayoutEffect, useRef } from 'react';
import type { TextExtent } from '../../hooks/internal/chooseScrollStart.js';
import { chooseScrollStart } from '../../hooks/internal/chooseScrollStart.js';
import { textDirection } from '../../hooks/internal/textDirection.js';
import type { UseTimelineResult } from '../../hooks/useTimeline.js';

// Scrolling before the first paint needs a layout effect; the server has none and needs none.
const useIsomorphicLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect;

/** Where each label of the axis header sits, in pixels from the axis start (its inline-start edge). */
function headerTextExtents(ticks: Element, rtl: boolean): TextExtent[] {
  const track = ticks.getBoundingClientRect();
  const range = document.createRange();
  return Array.from(ticks.children, (label) => {
    range.selectNodeContents(label);
    const text = range.getBoundingClientRect();
    const start = rtl ? track.right - text.right : text.left - track.left;
    return { start, end: start + text.width };
  });
}

/** Whether the axis is drawn (not the list) and wider than its box. */
function isScrollingAxis(viewport: HTMLElement): boolean {
  const ticks = viewport.querySelector('[data-slot="ticks"]');
  return !!ticks && ticks.getBoundingClientRect().width > 0 && viewport.scrollWidth > viewport.clientWidth;
}

/** Scrolls the axis so that `day` sits a third in from its start edge, cutting no header label in two. */
function scrollAxisTo(viewport: HTMLElement, day: number, days: number): void {
  const ticks = viewport.querySelector('[data-slot="ticks"]');
  if (!ticks || !isScrollingAxis(viewport)) return;
  const rtl = textDirection(viewport) === 'rtl';
  const perDay = ticks.getBoundingClientRect().width / days;
  const corner = viewport.querySelector('[data-slot="corner"]')?.getBoundingClientRect().width ?? 0;
  const visible = viewport.clientWidth - corner;
  const start = chooseScrollStart(day * perDay - visible / 3, visible, viewport.scrollWidth - viewport.clientWidth, headerTextExtents(ticks, rtl));
  // Right-to-left scrolling counts negative offsets (CSSOM View).
  viewport.scrollLeft = rtl ? -start : start;
}

/**
 * Opens a time axis that is wider than its box on today, a third in from its start edge, and on the
 * phase in hand after a zoom — before the browser paints, so the reader never sees it jump, and at
 * a position that cuts no label of the header in two. The container query decides whether the list
 * or the axis shows, so this looks at the DOM; when the axis comes back after the list (a narrower
 * window and back), its scroll was lost with it and today is found again.
 */
export function useScrollToToday(viewport: HTMLElement | null, timeline: UseTimelineResult): void {
  const scrolledFor = useRef<string | undefined>(undefined);
  const todayOffset = timeline.todayMarker?.offset;
  const { days } = timeline;
  useIsomorphicLayoutEffect(() => {
    if (!viewport || todayOffset === undefined || days === 0 || scrolledFor.current === timeline.zoom) return;
    const inHand = scrolledFor.current === undefined ? undefined : timeline.entries[timeline.activeIndex]?.offset;
    scrolledFor.current = timeline.zoom;
    scrollAxisTo(viewport, inHand ?? todayOffset, days);
  });
  useEffect(() => {
    if (!viewport || todayOffset === undefined || days === 0) return;
    let wasScrolling = isScrollingAxis(viewport);
    const observer = new ResizeObserver(() => {
      const scrolling = isScrollingAxis(viewport);
      if (scrolling && !wasScrolling) scrollAxisTo(viewport, todayOffset, days);
      wasScrolling = scrolling;
    });
    observer.observe(viewport);
    return () => observer.disconnect();
  }, [viewport, todayOffset, days]);
}
