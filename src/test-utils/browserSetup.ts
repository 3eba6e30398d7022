import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, vi } from 'vitest';
import { page, server } from 'vitest/browser';
import '../theme/base.css';
import { actEnvironmentPerSuite } from './actEnvironmentPerSuite.js';
import { emulateReducedMotion } from './emulateReducedMotion.js';
import { failOnConsole } from './failOnConsole.js';

// The built stylesheet is every component's CSS joined; load the same files so layout tests see it.
import.meta.glob('../components/**/*.css', { eager: true });

failOnConsole();
actEnvironmentPerSuite();
afterEach(() => cleanup());

// The browser suites share one page (isolate: false in vitest.config.ts): each hands it back as it
// found it, at the configured viewport, scrolled to the top, with motion allowed, real timers and
// an empty body.
afterAll(async () => {
  vi.useRealTimers();
  await page.viewport(server.config.browser.viewport.width, server.config.browser.viewport.height);
  await emulateReducedMotion(false);
  document.body.replaceChildren();
  window.scrollTo(0, 0);
});
