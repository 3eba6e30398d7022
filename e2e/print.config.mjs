// `npx playwright test -c e2e/print.config.mjs` after `npm run build-storybook`: the print check
// against the static Storybook, which Vite's preview server serves (stopped by Playwright at the end).
import { defineConfig } from '@playwright/test';
import { e2eConfig } from './base.config.mjs';

const PORT = 4411;

export default defineConfig(
  e2eConfig({
    testMatch: 'print.spec.mjs',
    // A desktop width, so the Timeline would be a time axis on screen, and no reduced-motion preference.
    use: { baseURL: `http://127.0.0.1:${PORT}`, viewport: { width: 1200, height: 900 } },
    webServer: {
      command: `node node_modules/vite/bin/vite.js preview storybook-static --outDir . --host 127.0.0.1 --port ${PORT} --strictPort`,
      cwd: '..',
      url: `http://127.0.0.1:${PORT}/iframe.html`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
  }),
);
