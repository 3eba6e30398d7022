'use client';
import type { KeyboardEvent } from 'react';
import { useEffect, useRef, useState } from 'react';
import { focusScrollingFirst } from './focusScrollingFirst.js';
import { getTimelineKeyAction } from './timelineKeys.js';

/** What the keyboard model needs from the timeline around it. */
interface TimelineKeyboardOptions {
  baseId: string;
  count: number;
  /** Index of the phase that holds the tab stop before the reader moves it (the current phase). */
  initialIndex: number;
  dir: 'ltr' | 'rtl' | undefined;
  zoomBy: (step: number) => void;
  onSelect: (index: number) => void;
}

function directionOf(element: Element, dir: 'ltr' | 'rtl' | undefined): 'ltr' | 'rtl' {
  return dir ?? (element.closest('[dir]')?.getAttribute('dir') === 'rtl' ? 'rtl' : 'ltr');
}

/**
 * Roving focus over the phases, in time order (WAI-ARIA APG): one tab stop, arrows move it, Home /
 * End jump to the ends, `+` / `-` zoom, Enter selects. Focus follows the tab stop only after a key
 * moved it, never on mount or re-render.
 */
export function useTimelineKeyboard({ baseId, count, initialIndex, dir, zoomBy, onSelect }: TimelineKeyboardOptions) {
  const [activeIndex, setActiveIndex] = useState(initialIndex);
  const active = Math.min(activeIndex, Math.max(0, count - 1));
  const pendingFocus = useRef(false);
  useEffect(() => {
    if (!pendingFocus.current) return;
    pendingFocus.current = false;
    const element = document.getElementById(`${baseId}-phase-${active}`);
    return element ? focusScrollingFirst(element) : undefined;
  }, [active, baseId]);

  const moveTo = (index: number) => {
    pendingFocus.current = true;
    setActiveIndex(index);
  };

  const handleKey = (index: number, event: KeyboardEvent<HTMLElement>) => {
    const action = getTimelineKeyAction(event.key, directionOf(event.currentTarget, dir));
    if (!action || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    switch (action) {
      case 'previous':
        return moveTo(Math.max(0, index - 1));
      case 'next':
        return moveTo(Math.min(count - 1, index + 1));
      case 'first':
        return moveTo(0);
      case 'last':
        return moveTo(count - 1);
      case 'zoomIn':
        return zoomBy(-1);
      case 'zoomOut':
        return zoomBy(1);
      case 'select':
        return onSelect(index);
      default:
        return action satisfies never;
    }
  };
  return { active, setActiveIndex, handleKey };
}
