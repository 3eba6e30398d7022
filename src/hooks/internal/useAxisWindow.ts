'use client';
import type { UIEvent } from 'react';
import { useState } from 'react';
import type { AxisRange } from './timelineViewModel.js';
import { centerFor, coversView, tickRange } from './timelineViewModel.js';

/**
 * The stretch of a long axis whose ticks are rendered. It starts around `openingX` (today, where
 * the axis opens) so the first render already holds the ticks the opening scroll shows, and moves
 * only when sideways scrolling leaves it — not on every scroll step, and not once the opening
 * scroll lands. `scaleKey` names the pixel scale (zoom and day width): a new scale starts over.
 */
export function useAxisWindow(tickCount: number, openingX: number, scaleKey: string, overscan: number) {
  const [moved, setMoved] = useState<{ scaleKey: string; centerX: number } | undefined>(undefined);
  const centerX = moved?.scaleKey === scaleKey ? moved.centerX : openingX;
  const range: AxisRange = tickRange(tickCount, centerX);
  const onScroll = (event: UIEvent<HTMLElement>) => {
    // Right-to-left scrolling counts negative offsets in Chromium and Firefox (CSSOM View).
    const left = Math.abs(event.currentTarget.scrollLeft);
    if (!coversView(range, left, overscan)) setMoved({ scaleKey, centerX: centerFor(left, overscan) });
  };
  return { range, onScroll };
}
