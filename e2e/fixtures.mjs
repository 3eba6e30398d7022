// `test` with a `problems` fixture: everything a page reports that a reader should never cause —
// console errors and warnings, uncaught errors, failed requests and HTTP errors. A test ends with
// `expect(problems).toEqual([])` where the page must be clean. `pageOnDemand` keeps one page open
// across the tests of a file, for checks a reader makes one after another on one visit.
import { test as base } from '@playwright/test';

export { expect } from '@playwright/test';

/** Records the page's problems into the returned list (it keeps filling). */
async function watch(page) {
  /** @type {string[]} */
  const problems = [];
  // Chromium asks every origin for /favicon.ico on its own; answer it as the pages' hosts would.
  await page.route('**/favicon.ico', (route) => route.fulfill({ status: 204 }));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console.${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return problems;
}

export const test = base.extend({
  problems: async ({ page }, use) => {
    await use(await watch(page));
  },
});

/**
 * One page, opened at the URL `open()` gives on the first test that asks, in this worker, and closed
 * after the file's tests; `problems` collects its problems (take them with `splice(0)`). A failing
 * test makes Playwright go on in a new worker, where the next test opens a fresh page.
 * @param {(browser: import('@playwright/test').Browser) => Promise<{ url: string, context?: import('@playwright/test').BrowserContextOptions }>} open
 */
export function pageOnDemand(open) {
  /** @type {Promise<{ page: import('@playwright/test').Page, problems: string[] }> | undefined} */
  let visit;
  let context;
  test.afterAll(() => context?.close());
  return (browser) =>
    (visit ??= (async () => {
      const { url, context: options } = await open(browser);
      context = await browser.newContext({ locale: 'en-US', timezoneId: 'UTC', viewport: { width: 1024, height: 900 }, ...options });
      const page = await context.newPage();
      const problems = await watch(page);
      await page.goto(url);
      return { page, problems };
    })());
}
