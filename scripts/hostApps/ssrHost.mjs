// Host 2: a server-rendering Node app (apps/ssr). The server runs in its own plain Node process
// (no DOM, no `window`) and renders with renderToPipeableStream and renderToString; the client
// bundle (React's development build) hydrates with hydrateRoot. The browser runs in another time
// zone than the server, as real visitors do.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { build } from 'esbuild';
import { expectEqual, expectNoProblems, focusedDate, openWatched } from './browser.mjs';
import { arrowToRelease, expectRoadmapShown, hostChecks, searchFiltersRoadmap } from './hostSteps.mjs';

const SERVER_TZ = 'Asia/Tokyo';
const BROWSER_TZ = 'America/Los_Angeles';

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
  const warnings = [...server.warnings, ...client.warnings];
  if (warnings.length > 0) throw new Error(warnings.map((warning) => warning.text).join('\n'));
  return 'server.mjs (packages external) and client.js (React development build)';
}

/** Starts `node server.mjs`; resolves once it prints its port. Its stderr is collected in `logs`. */
function startServer(app, logs) {
  const child = spawn('node', ['server.mjs'], { cwd: app, env: { ...process.env, TZ: SERVER_TZ, NODE_ENV: 'development' }, stdio: ['pipe', 'pipe', 'pipe'] });
  child.stderr.setEncoding('utf8').on('data', (text) => logs.push(text));
  const ready = new Promise((resolve, reject) => {
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (text) => {
      out += text;
      const port = /listening (\d+)/.exec(out)?.[1];
      if (port) resolve(`http://127.0.0.1:${port}`);
    });
    child.on('exit', (code) => reject(new Error(`the server exited with ${code}: ${logs.join('')}`)));
    setTimeout(() => reject(new Error('the server did not start in 15 s')), 15_000).unref();
  });
  return { child, ready };
}

async function fetchPage(url) {
  const response = await fetch(url);
  const html = await response.text();
  expectEqual(`HTTP status of ${url}`, response.status, 200);
  for (const text of ['Host App Roadmap', 'Overall progress', 'role="progressbar"', 'Host App Roadmap timeline', 'In progress', 'March 2026', 'role="grid"']) {
    if (!html.includes(text)) throw new Error(`${url} has no "${text}" in its server markup`);
  }
  return html.length;
}

/**
 * @param {{ host: string, folder: string, browser: import('playwright-core').Browser }} options
 * @param {{ name: string, ok: boolean, detail?: string }[]} results
 */
export async function ssrHost({ host, folder, browser }, results) {
  const check = hostChecks(host, results);
  const app = join(folder, 'ssr');
  if (!(await check('bundle the server and the hydrating client with esbuild', () => bundle(app)))) return;
  /** @type {string[]} */
  const logs = [];
  const server = startServer(app, logs);
  try {
    let origin = '';
    const started = await check(`server renders in plain Node, TZ=${SERVER_TZ} (renderToPipeableStream and renderToString)`, async () => {
      origin = await server.ready;
      try {
        const sizes = [await fetchPage(`${origin}/`), await fetchPage(`${origin}/string`)];
        expectNoProblems(logs);
        return `${sizes.join(' and ')} bytes of HTML, nothing logged`;
      } catch (error) {
        throw new Error(`${error.message}\nserver log: ${logs.join('') || 'empty'}`);
      }
    });
    if (!started) return;
    for (const [variant, path] of [
      ['renderToPipeableStream', '/'],
      ['renderToString', '/string'],
    ]) {
      const opened = await openWatched(browser, `${origin}${path}`, { timezoneId: BROWSER_TZ });
      try {
        await check(`${variant}: hydrateRoot in ${BROWSER_TZ} with no hydration error`, async () => {
          await opened.page.waitForFunction(() => window.__hydrated === true, undefined, { timeout: 10_000 });
          // Recoverable errors are reported during the commit; give React a frame to finish.
          await opened.page.waitForTimeout(100);
          // Attribute mismatches are not recoverable errors: React's development build only logs them.
          const logged = opened.problems.filter((problem) => /hydrat|did not match/i.test(problem));
          expectNoProblems([...(await opened.page.evaluate(() => window.__hydrationErrors)), ...logged]);
          return expectRoadmapShown(opened.page);
        });
        await check(`${variant}: after hydration the calendar takes keys and opens a tooltip on focus`, async () => {
          await opened.page.getByRole('gridcell', { name: /March 15th, 2026/ }).focus();
          expectEqual('focused day', await focusedDate(opened.page), '2026-03-15');
          await arrowToRelease(opened.page);
        });
        await check(`${variant}: after hydration the search box filters the Timeline and the PhaseCards`, () => searchFiltersRoadmap(opened.page));
        await check(`${variant}: no console error or warning (development build), no failed request`, () => expectNoProblems(opened.problems));
      } finally {
        await opened.close();
      }
    }
    await check('the server logged nothing (no render error, no React warning)', () => expectNoProblems(logs));
  } finally {
    server.child.kill();
  }
}
