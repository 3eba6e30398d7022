// A server-rendering Node app (apps/ssr), on React 19 and on React 18.3. The server runs in its own
// plain Node process (no DOM, no `window`) and renders with renderToPipeableStream and
// renderToString; the client bundle (React's development build) hydrates with hydrateRoot. The
// browser runs in another time zone than the server, as real visitors do.
import { join } from 'node:path';
import { build } from 'esbuild';
import { expect, pageOnDemand, test } from '../fixtures.mjs';
import { hostFolder, serverOnDemand, startProcess } from './hostEnv.mjs';
import { arrowToRelease, expectRoadmapShown, focusedDate, searchFiltersRoadmap } from './roadmapPage.mjs';

const SERVER_TZ = 'Asia/Tokyo';
const BROWSER_TZ = 'America/Los_Angeles';
const VARIANTS = [
  ['renderToPipeableStream', '/'],
  ['renderToString', '/string'],
];

async function bundle(app) {
  const common = { absWorkingDir: app, bundle: true, format: 'esm', jsx: 'automatic', logLevel: 'silent', target: 'es2022' };
  // The server keeps every package external: Node itself resolves roadmap-kit from node_modules.
  const server = await build({ ...common, entryPoints: [join(app, 'server.tsx')], outfile: join(app, 'server.mjs'), platform: 'node', packages: 'external' });
  const client = await build({
    ...common,
    entryPoints: [join(app, 'client.tsx')],
    outfile: join(app, 'client.js'),
    platform: 'browser',
    jsxDev: true,
    define: { 'process.env.NODE_ENV': '"development"' },
  });
  expect([...server.warnings, ...client.warnings].map((warning) => warning.text)).toEqual([]);
}

/** Waits for hydrateRoot's first commit on a server-rendered page. */
async function hydrated(page) {
  await page.waitForFunction(() => window.__hydrated === true, undefined, { timeout: 10_000 });
  // Recoverable errors are reported during the commit; give React a frame to finish.
  await page.waitForTimeout(100);
}

for (const [install, react] of [
  ['react-19', 'react 19'],
  ['react-18', 'react 18.3'],
]) {
  test.describe(`ssr host, ${react}`, () => {
    const app = hostFolder(install, 'ssr');
    const served = serverOnDemand(async () => {
      const server = startProcess('node', ['server.mjs'], { cwd: app, env: { TZ: SERVER_TZ, NODE_ENV: 'development' }, ready: /listening (\d+)/, seconds: 120 });
      return { ...server, origin: `http://127.0.0.1:${(await server.started)[1]}` };
    });

    test('bundle the server and the hydrating client with esbuild', () => bundle(app));

    test(`server renders in plain Node, TZ=${SERVER_TZ} (renderToPipeableStream and renderToString)`, async ({ request }) => {
      const { origin, errors } = await served();
      for (const [, path] of VARIANTS) {
        const response = await request.get(`${origin}${path}`);
        expect(response.status()).toBe(200);
        const html = await response.text();
        for (const text of ['Host App Roadmap', 'Overall progress', 'role="progressbar"', 'Host App Roadmap timeline', 'In progress', 'March 2026', 'role="grid"']) {
          expect(html, `server markup of ${path}`).toContain(text);
        }
      }
      expect(errors, 'server log').toEqual([]);
    });

    for (const [variant, path] of VARIANTS) {
      // One visit per route: the checks follow one another on it, as a reader's would.
      const visit = pageOnDemand(async () => ({ url: `${(await served()).origin}${path}`, context: { timezoneId: BROWSER_TZ } }));

      test(`${variant}: hydrateRoot in ${BROWSER_TZ} with no hydration error, then shows the roadmap`, async ({ browser }) => {
        const { page, problems } = await visit(browser);
        await hydrated(page);
        // Attribute mismatches are not recoverable errors: React's development build only logs them.
        expect(await page.evaluate(() => window.__hydrationErrors), 'recoverable errors').toEqual([]);
        expect(problems.filter((problem) => /hydrat|did not match/i.test(problem))).toEqual([]);
        await expectRoadmapShown(page);
        expect(problems.splice(0), 'console (development build) and requests').toEqual([]);
      });

      test(`${variant}: after hydration the calendar takes keys and opens a tooltip on focus`, async ({ browser }) => {
        const { page, problems } = await visit(browser);
        await hydrated(page);
        await page.getByRole('gridcell', { name: /March 15th, 2026/ }).focus();
        expect(await focusedDate(page)).toBe('2026-03-15');
        await arrowToRelease(page);
        expect(problems.splice(0)).toEqual([]);
      });

      test(`${variant}: after hydration the search box filters the Timeline and the PhaseCards`, async ({ browser }) => {
        const { page, problems } = await visit(browser);
        await hydrated(page);
        await searchFiltersRoadmap(page);
        expect(problems.splice(0)).toEqual([]);
      });
    }

    test('the server logged nothing (no render error, no React warning)', async () => {
      expect((await served()).errors).toEqual([]);
    });
  });
}
