'use client';
import type { RefObject } from 'react';
import { createContext } from 'react';

/**
 * The timeline's root element, for the phases' tooltips to portal into (so they inherit its
 * theme). A ref, not state: the root attaching re-renders nothing; a tooltip reads it when it
 * opens, long after the root attached.
 */
export const TooltipContainerContext = createContext<RefObject<HTMLElement | null>>({ current: null });
