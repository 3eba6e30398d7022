'use client';
import type { ForwardedRef } from 'react';
import { useCallback, useState } from 'react';

/**
 * The component's root element as state — tooltips portal into it so the theme applies — while
 * the host's forwarded ref still receives it.
 * @example const [root, setRoot] = useRootElement(ref); <div ref={setRoot} />
 */
export function useRootElement<E extends HTMLElement>(ref: ForwardedRef<E>): [E | null, (element: E | null) => void] {
  const [element, setElement] = useState<E | null>(null);
  const setRoot = useCallback(
    (next: E | null) => {
      setElement(next);
      if (typeof ref === 'function') ref(next);
      else if (ref) ref.current = next;
    },
    [ref],
  );
  return [element, setRoot];
}
