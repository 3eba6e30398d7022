import { cdp } from 'vitest/browser';

/** Browser tests only: makes Chromium report `prefers-reduced-motion: reduce` (or not), over CDP. */
export async function emulateReducedMotion(reduce: boolean): Promise<void> {
  await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-reduced-motion', value: reduce ? 'reduce' : 'no-preference' }] });
}
