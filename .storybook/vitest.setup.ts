import { afterEach, expect } from 'vitest';
import { failOnConsole } from '../src/test-utils/failOnConsole.js';

// addon-vitest applies the preview (and addon-a11y's axe run) by itself since Storybook 10.3.
failOnConsole();

// A story must fit the viewport it runs at (360 px, see vitest.config.ts): a page a reader has to
// scroll sideways fails. The story is still mounted here; the next one replaces it.
afterEach(() => {
  const { scrollWidth, clientWidth } = document.documentElement;
  expect(scrollWidth - clientWidth, `the page scrolls sideways at ${clientWidth} px`).toBeLessThanOrEqual(0);
});
