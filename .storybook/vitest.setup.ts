import type { ComposedStoryFn } from 'storybook/internal/types';
import { afterEach, expect } from 'vitest';
import { emulateReducedMotion } from '../src/test-utils/emulateReducedMotion.js';
import { failOnConsole } from '../src/test-utils/failOnConsole.js';

// addon-vitest applies the preview (and addon-a11y's axe run) by itself since Storybook 10.3.
failOnConsole();

/** A story must fit the viewport it runs at (360 px, see vitest.config.ts): a reader must not scroll sideways. */
function expectNoSidewaysScroll(scheme: string): void {
  const { scrollWidth, clientWidth } = document.documentElement;
  expect(scrollWidth - clientWidth, `the page scrolls sideways at ${clientWidth} px in the ${scheme} scheme`).toBeLessThanOrEqual(0);
}

/**
 * Each story is tested twice in one test: addon-vitest renders and plays it in the light scheme with
 * motion, and addon-a11y runs axe on it; then it is rendered afresh in the dark scheme for a reader
 * who asked for reduced motion (emulated before the mount, so the components start in that mode),
 * played again, and axe, the console guard and the sideways check run on that render too. One test
 * file load per story file instead of one per scheme.
 */
afterEach(async (context) => {
  expectNoSidewaysScroll('light');
  const story = (context as { story?: ComposedStoryFn }).story;
  if (!story) return;
  await emulateReducedMotion(true);
  try {
    await story.run({ globals: { ...story.globals, scheme: 'dark' } });
    expectNoSidewaysScroll('dark');
  } catch (error) {
    if (error instanceof Error) error.message = `In the dark scheme with reduced motion: ${error.message}`;
    throw error;
  } finally {
    await emulateReducedMotion(false);
  }
});
