import { afterAll, beforeAll } from 'vitest';

/**
 * Lets React render as a browser would for the tests of the calling file (or `describe`): a real
 * browser runs keyboard, scroll and ResizeObserver callbacks on its own schedule, outside act(), and
 * Testing Library's act environment would report every such Radix or component update as unwrapped.
 */
export function renderRealBrowserEvents(): void {
  const global = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
  beforeAll(() => {
    global.IS_REACT_ACT_ENVIRONMENT = false;
  });
  afterAll(() => {
    global.IS_REACT_ACT_ENVIRONMENT = true;
  });
}
