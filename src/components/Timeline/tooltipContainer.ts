'use client';
import { createContext, useContext, useSyncExternalStore } from 'react';

/** The timeline's root element, known once React has attached it, for the tooltips to portal into. */
export interface TooltipContainer {
  get: () => HTMLElement | null;
  /** A ref callback: the root as it attaches and detaches. */
  set: (element: HTMLElement | null) => void;
  subscribe: (onChange: () => void) => () => void;
}

/**
 * A container held outside React state: the root attaching re-renders only the tooltips that read
 * it, not the whole timeline a second time (its rows, their phases and every Radix tooltip).
 */
export function createTooltipContainer(): TooltipContainer {
  let element: HTMLElement | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => element,
    set(next) {
      if (next === element) return;
      element = next;
      for (const listener of listeners) listener();
    },
    subscribe(onChange) {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
  };
}

const nowhere: TooltipContainer = { get: () => null, set: () => undefined, subscribe: () => () => undefined };

/** Provides the container to every phase's tooltip. */
export const TooltipContainerContext = createContext<TooltipContainer>(nowhere);

const onServer = () => null;

/** The element tooltips portal into: the timeline's root (so they inherit its theme), `null` until it attaches. */
export function useTooltipContainer(): HTMLElement | null {
  const container = useContext(TooltipContainerContext);
  return useSyncExternalStore(container.subscribe, container.get, onServer);
}
