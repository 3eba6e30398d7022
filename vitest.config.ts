import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './bench/lib/chromiumFlags.mjs';
import { zoneSensitiveGlobs } from './scripts/zoneSensitive.js';

function chromium() {
  return {
    enabled: true,
    headless: true,
    provider: playwright({ launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS } }),
    instances: [{ browser: 'chromium' as const }],
  };
}

const storybookConfigDir = fileURLToPath(new URL('.storybook', import.meta.url));
/**
 * Every story rendered (and played) at a 360 px phone width and failed on a thrown error, an axe
 * violation (addon-a11y), console output or a page that scrolls sideways: first in the light scheme
 * with the animations on, then (.storybook/vitest.setup.ts) rendered afresh in the dark scheme for a
 * reader who asked for reduced motion, so both schemes and both motion paths are checked.
 */
const storybookProject = {
  extends: true as const,
  plugins: [storybookTest({ configDir: storybookConfigDir, initialGlobals: { scheme: 'light', viewport: { value: 'phone360', isRotated: false } } })],
  test: {
    name: 'storybook',
    globals: true,
    isolate: false,
    setupFiles: ['.storybook/vitest.setup.ts'],
    browser: chromium(),
  },
};

const unitExclude = ['src/**/*.browser.test.{ts,tsx}', 'src/**/*.ssr.test.{ts,tsx}'];
// Pure logic (no DOM) runs in Node: a jsdom window per suite costs more than most of these suites.
const NODE_FOLDERS = ['cli', 'dates', 'i18n', 'markdown', 'model', 'vite'];
const inNode = (glob: string) => NODE_FOLDERS.some((folder) => glob.startsWith(`src/${folder}/`));
const nodeSuites = NODE_FOLDERS.map((folder) => `src/${folder}/**/*.test.{ts,tsx}`);
const jsdom = { environment: 'jsdom', setupFiles: ['src/test-utils/suiteBoundary.setup.ts', 'src/test-utils/setup.ts'], exclude: [...unitExclude, ...nodeSuites], zoned: zoneSensitiveGlobs.filter((glob) => !inNode(glob)) };
const node = { environment: 'node', setupFiles: ['src/test-utils/suiteBoundary.setup.ts'], exclude: unitExclude, zoned: zoneSensitiveGlobs.filter(inNode) };

/**
 * The unit suites in UTC, where scripts/zoneReads.setup.ts notes which read the clock's zone; those
 * (scripts/zoneSensitive.ts) run again in two far-apart zones, so calendar dates must not move with it.
 * No isolation: a worker keeps its environment and module cache from suite to suite instead of building
 * both per suite (most of the unit CPU time); src/test-utils/suiteBoundary.setup.ts hands each suite a
 * clean worker, and a suite that mocks modules loads them afresh (vi.resetModules).
 */
const unitProjects = [
  { name: 'unit', ...jsdom, include: ['src/**/*.test.{ts,tsx}'] },
  { name: 'unit node', ...node, include: nodeSuites },
].flatMap(({ zoned, ...base }) => [
  { ...base, setupFiles: ['scripts/zoneReads.setup.ts', ...base.setupFiles], env: { TZ: 'UTC' } },
  ...(['America/Los_Angeles', 'Asia/Tokyo'] as const).map((zone) => ({ ...base, name: `${base.name} ${zone}`, include: zoned, env: { TZ: zone } })),
]).map((test) => ({ extends: true as const, test: { globals: true, isolate: false, ...test } }));

// Browser projects: pre-bundle every dependency up front. A dependency Vite only discovers during a
// run triggers a page reload that aborts whichever test file was loading ("failed to find the
// current suite").
const optimizeDeps = {
  include: [
    'react',
    'react-dom',
    'react-dom/client',
    'react-dom/server',
    'react/jsx-runtime',
    'react/jsx-dev-runtime',
    '@radix-ui/react-tooltip',
    'framer-motion',
    'framer-motion/mini',
    'date-fns',
    'date-fns/locale/en-US',
    'date-fns/locale/de',
    'date-fns/locale/ja',
    'axe-core',
    '@testing-library/react',
    '@testing-library/jest-dom/vitest',
  ],
};

export default defineConfig({
  plugins: [react()],
  optimizeDeps,
  test: {
    // A render-heavy test that takes 1 s on a quiet machine can take 6 s on a busy 2-core CI box, and
    // `npm test` runs Vitest beside builds and installs; the bound is for hangs, not speed (speed is
    // measured by `npm run bench`).
    testTimeout: 60_000,
    // The same bound for hooks: the story runs' afterEach renders each story a second time (dark scheme).
    hookTimeout: 60_000,
    // Two Chromium projects start together with the other lane busy: give each five minutes to connect
    // (Vitest reads this from the root config only).
    browser: { connectTimeout: 300_000 },
    projects: [
      ...unitProjects,
      {
        extends: true,
        test: { name: 'ssr', environment: 'node', globals: true, isolate: false, setupFiles: ['src/test-utils/suiteBoundary.setup.ts'], include: ['src/**/*.ssr.test.{ts,tsx}'] },
      },
      {
        extends: true,
        test: { name: 'browser', globals: true, isolate: false, include: ['src/**/*.browser.test.{ts,tsx}'], setupFiles: ['src/test-utils/browserSetup.ts'], browser: chromium() },
      },
      storybookProject,
    ],
  },
});
