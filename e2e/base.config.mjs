// What every Playwright suite here shares: Debian's Chromium (never a downloaded one) with the flags
// this machine needs, one worker (the machine has two cores and Vitest runs beside), a reader's
// locale, and a JSON report that `npm test` counts (scripts/runAllTests.mjs sets its file).
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../bench/lib/chromiumFlags.mjs';

/** @param {import('@playwright/test').PlaywrightTestConfig} config */
export function e2eConfig(config) {
  return {
    testDir: '.',
    workers: 1,
    retries: 0,
    forbidOnly: true,
    timeout: 60_000,
    outputDir: '../node_modules/.cache/e2e-results',
    reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
    ...config,
    use: {
      browserName: 'chromium',
      launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
      locale: 'en-US',
      timezoneId: 'UTC',
      ...config.use,
    },
  };
}
