'use client';
import { useState, useSyncExternalStore } from 'react';
import { toIsoDate } from '../../dates/isoDate.js';

/** The attribute on a root that carries the day the server rendered, for the hydrating client. */
export const RENDERED_ON_ATTRIBUTE = 'data-rk-rendered-on';

/** What `useToday` gives. */
export interface UseTodayResult {
  /**
   * The day to render: `now` as given; else the server's day while server rendering and
   * hydrating (so the markup matches), then the reader's day, which also turns over at midnight.
   */
  now: string | Date;
  /** Spread on the root element: with no `now`, it carries the rendered day to a hydrating client. */
  rootProps: { [RENDERED_ON_ATTRIBUTE]?: string };
}

const clientToday = () => toIsoDate(new Date());

/**
 * The day a server render used, read back during hydration from the first root that carries it.
 * Pages are prerendered on day D and opened on any later day; rendering the hydration pass with
 * D (instead of the reader's clock) is what keeps React from finding a mismatch.
 */
function renderedToday(): string {
  if (typeof document === 'undefined') return clientToday();
  const marked = document.querySelector(`[${RENDERED_ON_ATTRIBUTE}]`)?.getAttribute(RENDERED_ON_ATTRIBUTE);
  return marked ?? clientToday();
}

/** Notifies at the next local midnight (and every one after), so an open page moves to the new day. */
function subscribeToMidnight(onChange: () => void): () => void {
  let timer: ReturnType<typeof setTimeout>;
  const arm = () => {
    const next = new Date();
    next.setHours(24, 0, 1, 0);
    timer = setTimeout(() => {
      onChange();
      arm();
    }, next.getTime() - Date.now());
  };
  arm();
  return () => clearTimeout(timer);
}

const subscribeToNothing = () => () => {};

/**
 * A hydration-safe "today". With a `now`, that is the day, on server and client alike. Without
 * one, the server renders its own day and writes it on the root (`rootProps`); the hydrating
 * client renders that same day first (useSyncExternalStore's server snapshot), and React then
 * re-renders with the reader's day. No hydration mismatch, whatever day the page is opened.
 */
export function useToday(now: string | Date | undefined): UseTodayResult {
  const given = now !== undefined;
  const today = useSyncExternalStore(given ? subscribeToNothing : subscribeToMidnight, clientToday, renderedToday);
  // The day of the first render (the server's, while hydrating) stays on the root, so a part of
  // the page that hydrates later still reads the day the server used.
  const [renderedOn] = useState(today);
  if (given) return { now, rootProps: {} };
  return { now: today, rootProps: { [RENDERED_ON_ATTRIBUTE]: renderedOn } };
}
