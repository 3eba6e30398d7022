// Chromium (Debian's, never a downloaded one) driven by playwright-core, with a throwaway static
// server on 127.0.0.1 and CDP main-thread measurements.
import { createServer } from 'node:http';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromiumFlags.mjs';

export { CHROMIUM_ARGS, CHROMIUM_PATH };

/** Launches headless Chromium from /usr/bin/chromium (or $CHROMIUM_PATH). */
export function launchChromium() {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

/**
 * Bundles a browser script (production React, everything inlined) for a benchmark page.
 * @param {{ root: string, code: string }} options
 */
export async function bundleForBrowser({ root, code }) {
  const result = await build({
    stdin: { contents: code, resolveDir: root, loader: 'jsx', sourcefile: 'bench-page.jsx' },
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    write: false,
    outdir: '/tmp/roadmap-kit-bench-page',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    loader: { '.css': 'css', '.svg': 'dataurl', '.png': 'dataurl', '.woff2': 'dataurl' },
    logLevel: 'silent',
  });
  const js = result.outputFiles.filter((f) => f.path.endsWith('.js')).map((f) => f.text).join('\n');
  const css = result.outputFiles.filter((f) => f.path.endsWith('.css')).map((f) => f.text).join('\n');
  return { js, css };
}

/**
 * Serves `pages` (path → { type, body }) on 127.0.0.1 at a free port until `close()`.
 * @param {Record<string, { type: string, body: string }>} pages
 */
export async function servePages(pages) {
  const server = createServer((request, response) => {
    const page = pages[new URL(request.url ?? '/', 'http://127.0.0.1').pathname];
    if (!page) {
      // Chromium asks for /favicon.ico and would log a 404 console error.
      response.writeHead(request.url === '/favicon.ico' ? 204 : 404).end();
      return;
    }
    response.writeHead(200, { 'content-type': page.type }).end(page.body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve(undefined))) };
}

/** An HTML page that loads a bundled script and its CSS inline. */
export function benchHtml({ js, css }) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>bench</title><style>${css}</style></head><body><div id="root"></div><script>${js}</script></body></html>`;
}

async function taskDuration(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name) => metrics.find((m) => m.name === name)?.value ?? 0;
  return { task: get('TaskDuration') * 1000, heap: get('JSHeapUsedSize'), nodes: get('Nodes') };
}

/**
 * Main-thread time (CDP TaskDuration) spent from `action` until the page is quiet: no more than
 * 2 ms of new work in a 300 ms window. Not only the first frame: some libraries keep rendering.
 * @param {import('playwright-core').Page} page
 * @param {() => Promise<unknown>} action
 */
export async function measureUntilQuiet(page, action, { quietMs = 300, timeoutMs = 60_000 } = {}) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const before = await taskDuration(cdp);
  await action();
  const started = Date.now();
  let last = await taskDuration(cdp);
  while (Date.now() - started < timeoutMs) {
    await new Promise((resolve) => setTimeout(resolve, quietMs));
    const now = await taskDuration(cdp);
    const quiet = now.task - last.task < 2;
    last = now;
    if (quiet) break;
  }
  const domElements = await page.evaluate(() => document.getElementsByTagName('*').length);
  await cdp.detach();
  return { mainThreadMs: Math.round((last.task - before.task) * 10) / 10, domElements, jsHeapBytes: Math.round(last.heap) };
}
