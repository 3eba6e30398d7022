'use client';
import type { KeyboardEvent } from 'react';
import { useState } from 'react';
import type { TextDirection } from './textDirection.js';
import { textDirection } from './textDirection.js';
import { getTimelineKeyAction } from './timelineKeys.js';
import { useRovingFocus } from './useRovingFocus.js';

/** What the keyboard model needs from the timeline around it. */
interface TimelineKeyboardOptions {
  count: number;
  /** Index of the phase that holds the tab stop before the reader moves it (the current phase). */
  initialIndex: number;
  dir: TextDirection | undefined;
  zoomBy: (step: number) => void;
  onSelect: (index: number) => void;
}

/**
 * Roving focus over the phases, in time order (WAI-ARIA APG): one tab stop, arrows move it, Home /
 * End jump to the ends, `+` / `-` zoom, Enter selects. Focus follows the tab stop only after a key
 * moved it, never on mount or re-render.
 */
export function useTimelineKeyboard({ count, initialIndex, dir, zoomBy, onSelect }: TimelineKeyboardOptions) {
  const [activeIndex, setActiveIndex] = useState(initialIndex);
  const active = Math.min(activeIndex, Math.max(0, count - 1));
  const { itemRef, followNextMove } = useRovingFocus(active);

  const moveTo = (index: number) => {
    followNextMove(true);
    setActiveIndex(index);
  };

  const handleKey = (index: number, event: KeyboardEvent<HTMLElement>) => {
    const action = getTimelineKeyAction(event.key, textDirection(event.currentTarget, dir));
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
  return { active, setActiveIndex, handleKey, itemRef };
}
