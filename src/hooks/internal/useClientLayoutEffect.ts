'use client';
import { useEffect, useLayoutEffect } from 'react';

/**
 * A layout effect in the browser — it runs before the first paint, so what it changes is never
 * seen in its old state — and a plain effect on the server, which has no layout and warns of one.
 */
export const useClientLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect;
