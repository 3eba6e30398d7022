import { afterAll, vi } from 'vitest';

/**
 * The unit projects run without isolation (vitest.config.ts): the suites of one worker share its
 * module cache, globals and jsdom document, which saves a fresh environment and import per suite.
 * Each suite hands the worker back as it found it: real timers, no stubbed globals or env, and an
 * empty document that screen queries in the next suite cannot trip over.
 */
afterAll(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
  if (typeof document === 'undefined') return;
  document.body.replaceChildren();
  for (const element of [document.documentElement, document.body]) {
    for (const { name } of [...element.attributes]) element.removeAttribute(name);
  }
});
