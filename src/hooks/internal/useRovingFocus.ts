'use client';
import { useCallback, useEffect, useRef } from 'react';
import { focusScrollingFirst } from './focusScrollingFirst.js';

/** What `useRovingFocus` gives. */
export interface RovingFocus<Key> {
  /** The ref for the item of `key`: the same function for the same key, so React leaves it attached between renders. */
  itemRef: (key: Key) => (element: HTMLElement | null) => void;
  /** Whether DOM focus follows the tab stop's next move (a key press), or stays put (a button, a prop). */
  followNextMove: (follow: boolean) => void;
}

/**
 * DOM focus for a roving tab stop (WAI-ARIA APG, https://www.w3.org/WAI/ARIA/apg/practices/keyboard-interface/#kbd_roving_tabindex),
 * shared by the timeline's phases and the calendar's days. Each item hands its element over through
 * `itemRef(key)`; after a move asked for with `followNextMove(true)`, the item of `tabStop` takes
 * focus once it has rendered (it may be a new cell of a new month) — never on mount or on a
 * re-render nobody asked for. Elements, not ids: `document.getElementById` finds nothing inside a
 * shadow root.
 */
export function useRovingFocus<Key>(tabStop: Key): RovingFocus<Key> {
  const elements = useRef(new Map<Key, HTMLElement>());
  const refs = useRef(new Map<Key, (element: HTMLElement | null) => void>());
  const pending = useRef(false);

  useEffect(() => {
    if (!pending.current) return;
    pending.current = false;
    const element = elements.current.get(tabStop);
    return element ? focusScrollingFirst(element) : undefined;
  }, [tabStop]);

  const itemRef = useCallback((key: Key) => {
    let ref = refs.current.get(key);
    if (!ref) {
      // React detaches every old element before it attaches the new ones, so a remounted item ends up registered.
      ref = (element: HTMLElement | null) => {
        if (element) elements.current.set(key, element);
        else elements.current.delete(key);
      };
      refs.current.set(key, ref);
    }
    return ref;
  }, []);
  const followNextMove = useCallback((follow: boolean) => {
    pending.current = follow;
  }, []);
  return { itemRef, followNextMove };
}
