'use client';
import { useCallback, useEffect, useRef, useState } from 'react';

/** Options of `useControllableState`: the `x` / `defaultX` / `onXChange` triple. */
export interface UseControllableStateOptions<T> {
  /** Controlled value; `undefined` means uncontrolled. */
  value: T | undefined;
  /** Initial value when uncontrolled. */
  defaultValue: T;
  /** Called with every requested change, controlled or not. */
  onChange?: (value: T) => void;
  /** Prop name, for the development warning. */
  name: string;
}

/**
 * One state that is either controlled by a prop or kept inside, like Radix's. Warns in development
 * when a component switches between the two, which is always a bug in the host.
 */
export function useControllableState<T>({ value, defaultValue, onChange, name }: UseControllableStateOptions<T>): [T, (next: T) => void] {
  const [inner, setInner] = useState(defaultValue);
  const isControlled = value !== undefined;
  const wasControlled = useRef(isControlled);
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;

  useEffect(() => {
    if (process.env.NODE_ENV !== 'production' && wasControlled.current !== isControlled) {
      const [from, to] = wasControlled.current ? ['controlled', 'uncontrolled'] : ['uncontrolled', 'controlled'];
      console.warn(`roadmap-kit: \`${name}\` changed from ${from} to ${to}. Keep it one or the other for the component's lifetime.`);
    }
    wasControlled.current = isControlled;
  }, [isControlled, name]);

  const current = isControlled ? value : inner;
  const setValue = useCallback(
    (next: T) => {
      if (!isControlled) setInner(next);
      onChangeRef.current?.(next);
    },
    [isControlled],
  );
  return [current, setValue];
}
