'use client';
import type { RefObject } from 'react';
import { useRef } from 'react';
import { useClientLayoutEffect } from '../../hooks/internal/useClientLayoutEffect.js';
import { prefersReducedMotion } from '../common/prefersReducedMotion.js';

/** The fill's default `--rk-metric-gauge-duration`, used when the element does not say. */
const DEFAULT_DURATION_MS = 400;

/** Decimals worth showing while counting between two values: as many as the more precise one has (at most 2, as formatted). */
export function countingDecimals(from: number, to: number): number {
  const decimals = (value: number) => (Number.isInteger(value) ? 0 : Math.min(2, (String(value).split('.')[1] ?? '').length));
  return Math.max(decimals(from), decimals(to));
}

/** The value shown `progress` (0–1) of the way from `from` to `to`, eased out like the fill, rounded to `decimals`. */
export function countingValue(from: number, to: number, progress: number, decimals: number): number {
  const eased = 1 - (1 - progress) ** 3;
  const factor = 10 ** decimals;
  return Math.round((from + (to - from) * eased) * factor) / factor;
}

/** `--rk-metric-gauge-duration` on `element` (`400ms`, `0.4s`) in ms, so the number and the fill arrive together. */
function durationOf(element: HTMLElement): number {
  const text = getComputedStyle(element).getPropertyValue('--rk-metric-gauge-duration').trim();
  const amount = Number.parseFloat(text);
  if (!Number.isFinite(amount)) return DEFAULT_DURATION_MS;
  return text.endsWith('ms') ? amount : amount * 1000;
}

/**
 * Counts the text of the element under the returned ref from the previous value to `value` when
 * `value` changes. React renders `text` (the final value), so the first render, the server and
 * hydration all show the final value; on an update, before paint, the element is set back to the
 * previous value and counts to the new one over `--rk-metric-gauge-duration`, ending on `text`.
 * An interrupted count continues from the number reached. Instant under `prefers-reduced-motion`
 * (and when the preference is unknown). Only the visible text moves: ARIA values stay final.
 *
 * A requestAnimationFrame tween, not framer-motion: `framer-motion/mini`'s `useAnimate` animates
 * element keyframes only (WAAPI) and cannot tween a number, while the `useAnimate` that can costs
 * about 26 KiB gzipped (motion-dom's `animateValue` about 8 KiB), past MetricGauge's 12 KiB budget.
 */
export function useCountingText<T extends HTMLElement>(value: number | undefined, text: string, format: (value: number) => string): RefObject<T | null> {
  const ref = useRef<T>(null);
  // The number on screen, updated every frame, so the next count starts where this one stopped.
  const shown = useRef(value);
  const formatRef = useRef(format);
  formatRef.current = format;

  useClientLayoutEffect(() => {
    const element = ref.current;
    const from = shown.current;
    shown.current = value;
    if (!element || from === undefined || value === undefined || from === value || prefersReducedMotion()) return;
    const duration = durationOf(element);
    const decimals = countingDecimals(from, value);
    const formatValue = formatRef.current;
    let start: number | undefined;
    let frame = 0;
    const step = (time: number) => {
      start ??= time;
      const progress = duration > 0 ? Math.min(1, (time - start) / duration) : 1;
      if (progress >= 1) {
        shown.current = value;
        element.textContent = text;
        return;
      }
      shown.current = countingValue(from, value, progress, decimals);
      element.textContent = formatValue(shown.current);
      frame = requestAnimationFrame(step);
    };
    shown.current = from;
    element.textContent = formatValue(from);
    frame = requestAnimationFrame(step);
    return () => cancelAnimationFrame(frame);
  }, [value, text]);

  return ref;
}
