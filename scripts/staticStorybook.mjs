// The static Storybook (storybook-static/, from `npm run build-storybook`) served with sirv and opened
// in Chromium, for the README gallery.
import { fileURLToPath } from 'node:url';
import { launchChromium, serveDirectory } from './hostApps/browser.mjs';

const staticDir = fileURLToPath(new URL('../storybook-static', import.meta.url));

/**
 * Serves the static Storybook, launches Chromium, runs `use(browser, origin)` and closes both.
 * @template T @param {(browser: import('playwright-core').Browser, origin: string) => Promise<T>} use @returns {Promise<T>}
 */
export async function withStorybook(use) {
  const server = await serveDirectory(staticDir, { lifetimeMs: 600_000 });
  const browser = await launchChromium();
  try {
    return await use(browser, server.origin);
  } finally {
    await browser.close();
    await server.close();
  }
}
