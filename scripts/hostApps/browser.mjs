// Chromium pages for the host-app checks: a static server for built apps, and pages that record
// every console error or warning, uncaught error and failed request.
import { createServer } from 'node:http';
import sirv from 'sirv';

export { launchChromium } from '../../bench/lib/chromium.mjs';

/**
 * Serves the files of `directory` (sirv) on 127.0.0.1 at a free port until `close()`; it also stops
 * by itself after `lifetimeMs`, so a crashed run leaves nothing listening. Chromium's favicon request
 * gets 204, so it logs no 404.
 * @param {string} directory
 */
export async function serveDirectory(directory, { lifetimeMs = 300_000 } = {}) {
  const files = sirv(directory, { dev: true, etag: false });
  const server = createServer((request, response) =>
    files(request, response, () => response.writeHead(request.url === '/favicon.ico' ? 204 : 404).end()),
  );
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const timer = setTimeout(() => server.close(), lifetimeMs);
  timer.unref();
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => {
      clearTimeout(timer);
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve(undefined)));
    },
  };
}

/**
 * Opens `url` in a fresh context and records problems: console errors and warnings, uncaught
 * errors, failed requests and HTTP errors. `problems` keeps filling until the context closes.
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @param {{ timezoneId?: string }} [options]
 */
export async function openWatched(browser, url, { timezoneId = 'UTC' } = {}) {
  const context = await browser.newContext({ locale: 'en-US', timezoneId, viewport: { width: 1024, height: 900 } });
  const page = await context.newPage();
  /** @type {string[]} */
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console.${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
  return { page, problems, close: () => context.close() };
}

/** Throws when `problems` is not empty; otherwise returns `detail`. */
export function expectNoProblems(problems, detail = 'none') {
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return detail;
}

/** The `data-date` of the focused element, if any. */
export function focusedDate(page) {
  return page.evaluate(() => document.activeElement?.getAttribute('data-date') ?? document.activeElement?.tagName);
}

/** Throws unless `actual` equals `expected` (plain data compared by its JSON), naming `what`. */
export function expectEqual(what, actual, expected) {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}
