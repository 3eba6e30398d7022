// `test` with a `problems` fixture: everything a page reports that a reader should never cause —
// console errors and warnings, uncaught errors, failed requests and HTTP errors. A test ends with
// `expect(problems).toEqual([])` where the page must be clean.
import { test as base } from '@playwright/test';

export { expect } from '@playwright/test';

export const test = base.extend({
  problems: async ({ page }, use) => {
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
    await use(problems);
  },
});
