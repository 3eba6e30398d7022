'use client';
import type { RefObject } from 'react';
import { useEffect, useRef } from 'react';
import type { TextExtent } from '../../hooks/internal/chooseScrollStart.js';
import { chooseScrollStart } from '../../hooks/internal/chooseScrollStart.js';
import { textDirection } from '../../hooks/internal/textDirection.js';
import { useClientLayoutEffect } from '../../hooks/internal/useClientLayoutEffect.js';
import type { UseTimelineResult } from '../../hooks/useTimeline.js';
import { holdOpeningThroughResizes } from './holdOpeningThroughResizes.js';

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

/** A day of the axis and how far across the view it should sit (0 the start edge, 1 the end edge). */
interface OpeningPoint {
  day: number;
  across: number;
}

// Today sits this share of the view from an edge when it opens beside bars (room for its label)...
const EDGE_SHARE = 1 / 8;
// ...which it does when the bars end (or start) within this share of the view from it.
const BOTH_FIT_SHARE = 3 / 4;
// ...and all the bars show at once, centred, when they span at most this share of the view.
const BARS_FIT_SHARE = 15 / 16;

/**
 * Where the axis opens: today a third in. When every dated phase ended before today, today near the
 * end edge if the latest end still shows beside it, else all the bars centred when they fit, else that
 * end a quarter from the end edge; when
 * every one starts after today, the mirror of that — so the first paint shows bars rather than an
 * empty stretch of time, and today too whenever both fit.
 */
function openingPoint(entries: UseTimelineResult['entries'], today: number, visibleDays: number): OpeningPoint {
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const { offset, length } of entries) {
    if (offset === undefined || length === undefined) continue;
    if (offset < first) first = offset;
    if (offset + length > last) last = offset + length;
  }
  const bothFit = (gap: number) => gap <= visibleDays * BOTH_FIT_SHARE;
  // Every bar in view at once, centred, when today is far from them and they fit.
  const barsFit = last - first <= visibleDays * BARS_FIT_SHARE;
  const bars = { day: (first + last) / 2, across: 1 / 2 };
  if (today > last && last > Number.NEGATIVE_INFINITY) return bothFit(today - last) ? { day: today, across: 1 - EDGE_SHARE } : barsFit ? bars : { day: last, across: 3 / 4 };
  if (today < first && first < Number.POSITIVE_INFINITY) return bothFit(first - today) ? { day: today, across: EDGE_SHARE } : barsFit ? bars : { day: first, across: 1 / 4 };
  return { day: today, across: 1 / 3 };
}

/** Scrolls the axis so that `day` sits `across` the view from its start edge, cutting no header label in two. */
function scrollAxisTo(viewport: HTMLElement, choose: (visibleDays: number) => OpeningPoint, days: number): void {
  const ticks = viewport.querySelector('[data-slot="ticks"]');
  if (!ticks || !isScrollingAxis(viewport)) return;
  const rtl = textDirection(viewport) === 'rtl';
  const perDay = ticks.getBoundingClientRect().width / days;
  const corner = viewport.querySelector('[data-slot="corner"]')?.getBoundingClientRect().width ?? 0;
  const visible = viewport.clientWidth - corner;
  const { day, across } = choose(visible / perDay);
  const start = chooseScrollStart(day * perDay - visible * across, visible, viewport.scrollWidth - viewport.clientWidth, headerTextExtents(ticks, rtl), corner);
  // Right-to-left scrolling counts negative offsets (CSSOM View).
  viewport.scrollLeft = rtl ? -start : start;
}

/**
 * Opens a time axis that is wider than its box on today, a third in from its start edge (or on the
 * nearest phases when all of them are past or all ahead: `openingPoint`), and on the phase in hand after a zoom — before the browser paints, so the reader never sees it jump, and at
 * a position that cuts no label of the header in two. The container query decides whether the list
 * or the axis shows, so this looks at the DOM; when the axis comes back after the list (a narrower
 * window and back), its scroll was lost with it and today is found again.
 */
export function useScrollToToday(viewportRef: RefObject<HTMLElement | null>, timeline: UseTimelineResult): void {
  const scrolledFor = useRef<string | undefined>(undefined);
  const todayOffset = timeline.todayMarker?.offset;
  const { days, entries } = timeline;
  // Before the first paint, so the reader never sees the axis jump.
  useClientLayoutEffect(() => {
    const viewport = viewportRef.current;
    if (!viewport || todayOffset === undefined || days === 0 || scrolledFor.current === timeline.zoom) return;
    const inHand = scrolledFor.current === undefined ? undefined : entries[timeline.activeIndex]?.offset;
    scrolledFor.current = timeline.zoom;
    scrollAxisTo(viewport, (visibleDays) => (inHand === undefined ? openingPoint(entries, todayOffset, visibleDays) : { day: inHand, across: 1 / 3 }), days);
  });
  useEffect(() => {
    const viewport = viewportRef.current;
    if (!viewport || todayOffset === undefined || days === 0) return;
    const open = () => scrollAxisTo(viewport, (visibleDays) => openingPoint(entries, todayOffset, visibleDays), days);
    let wasScrolling = isScrollingAxis(viewport);
    const observer = new ResizeObserver(() => {
      const scrolling = isScrollingAxis(viewport);
      if (scrolling && !wasScrolling) open();
      wasScrolling = scrolling;
    });
    observer.observe(viewport);
    const stopHolding = holdOpeningThroughResizes(viewport, () => isScrollingAxis(viewport), open);
    return () => {
      observer.disconnect();
      stopHolding();
    };
  }, [viewportRef, todayOffset, days, entries]);
}
