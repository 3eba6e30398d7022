// Host 9: a Next.js App Router app (apps/next) from the installed tarball: a Server Component reads
// ROADMAP.md with parseRoadmap while `next build` prerenders the page, and renders <RoadmapView>
// without `now`. `next start` serves it; Chromium opens it with the clock at the build day, three
// and forty days later (production React): no console error or warning (no hydration error #418),
// the calendar shows the reader's month and today, the keyboard works, no parser in the client.
import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { expectEqual, expectNoProblems, focusedDate, openWatched } from './browser.mjs';
import { hostChecks, runAsync } from './hostSteps.mjs';
import { expectNoParser } from './viteRoadmapHost.mjs';

const DAY_MS = 24 * 60 * 60 * 1000;
const BROWSER_TZ = 'America/Los_Angeles';
const ENV = { NEXT_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };

/** The ISO day and the month caption ("January 2027") a reader in `timeZone` sees at `time`. */
function readerDay(time, timeZone) {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(time).map((part) => [part.type, part.value]));
  const caption = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'long' }).format(time);
  return { iso: `${parts.year}-${parts.month}-${parts.day}`, caption };
}

async function nextBuild(app) {
  const { stdout, stderr } = await runAsync('node', [join(app, '../node_modules/next/dist/bin/next'), 'build'], app, ENV);
  const printed = `${stdout}\n${stderr}`;
  // Next's compiler comes from npm (an optional dependency); a missing one would be downloaded now.
  if (!existsSync(join(app, '../node_modules/@next/swc-linux-x64-gnu/package.json'))) throw new Error('@next/swc-linux-x64-gnu is not installed');
  // Under CI=true Next notes that a first build has no cache to reuse; that is true of every fresh host.
  const warnings = printed.split('\n').filter((line) => /⚠|warn|error|download/i.test(line) && !/No build cache found/.test(line));
  if (warnings.length > 0) throw new Error(`next build printed:\n${warnings.join('\n')}`);
  // Prerendered at build time, as a static site is: the HTML of `/` is on disk.
  if (!existsSync(join(app, '.next/server/app/index.html'))) throw new Error(`/ was not prerendered:\n${printed}`);
  const html = readFileSync(join(app, '.next/server/app/index.html'), 'utf8');
  const builtOn = /data-rk-rendered-on="(\d{4}-\d{2}-\d{2})"/.exec(html)?.[1];
  if (!builtOn) throw new Error('the prerendered page carries no data-rk-rendered-on day');
  return { builtOn, detail: `/ prerendered on ${builtOn} (${(html.length / 1024).toFixed(0)} KiB of HTML), SWC from @next/swc-linux-x64-gnu, nothing downloaded` };
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** `next start` on 127.0.0.1 at a free port; stops by itself after three minutes (GNU timeout). */
async function startNext(app, logs) {
  const port = await freePort();
  const child = spawn('timeout', ['180', 'node', join(app, '../node_modules/next/dist/bin/next'), 'start', '-H', '127.0.0.1', '-p', String(port)], {
    cwd: app,
    env: { ...process.env, ...ENV },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stderr.setEncoding('utf8').on('data', (text) => logs.push(text));
  const ready = new Promise((resolve, reject) => {
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (text) => {
      out += text;
      if (/Ready in|started server/i.test(out)) resolve(`http://127.0.0.1:${port}/`);
    });
    child.on('exit', (code) => reject(new Error(`next start exited with ${code}: ${out}${logs.join('')}`)));
    setTimeout(() => reject(new Error(`next start was not ready in 30 s: ${out}`)), 30_000).unref();
  });
  return { child, ready };
}

/**
 * The page `laterDays` after the build: hydrated without a problem, then the reader's month as the
 * calendar grid with the reader's today marked; Tab lands on today, ArrowRight moves a day.
 */
async function openLater(browser, url, laterDays) {
  const time = Date.now() + laterDays * DAY_MS;
  const reader = readerDay(time, BROWSER_TZ);
  const opened = await openWatched(browser, 'about:blank', { timezoneId: BROWSER_TZ });
  try {
    await opened.page.clock.setFixedTime(time);
    await opened.page.goto(url, { waitUntil: 'load' });
    await opened.page.getByRole('heading', { level: 1, name: 'Next Host Roadmap' }).waitFor({ timeout: 10_000 });
    const grid = opened.page.getByRole('grid', { name: reader.caption });
    await grid.waitFor({ timeout: 10_000 });
    // The first pass shows the build day (as the server did); the reader's day follows hydration.
    const marked = (day) => document.querySelector('[role="grid"] [aria-current="date"]')?.getAttribute('data-date') === day;
    await opened.page.waitForFunction(marked, reader.iso, { timeout: 10_000 }).catch(() => {});
    expectEqual('the day marked today', await grid.locator('[aria-current="date"]').getAttribute('data-date'), reader.iso);
    let presses = 0;
    while ((await opened.page.evaluate(() => document.activeElement?.getAttribute('role'))) !== 'gridcell') {
      presses += 1;
      if (presses > 40) throw new Error('40 Tabs never reached the calendar grid');
      await opened.page.keyboard.press('Tab');
    }
    expectEqual('focused day after Tab', await focusedDate(opened.page), reader.iso);
    await opened.page.keyboard.press('ArrowRight');
    const next = new Date(`${reader.iso}T12:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    const tomorrow = next.toISOString().slice(0, 10);
    await opened.page.waitForFunction((day) => document.activeElement?.getAttribute('data-date') === day, tomorrow, { timeout: 3_000 }).catch(() => {});
    expectEqual('focused day after ArrowRight', await focusedDate(opened.page), tomorrow);
    // React reports a hydration mismatch asynchronously; give it a moment before reading the console.
    await opened.page.waitForTimeout(300);
    return expectNoProblems(opened.problems, `grid "${reader.caption}", today ${reader.iso} marked and focused by Tab, ArrowRight → ${tomorrow}`);
  } finally {
    await opened.close();
  }
}

const OPENED_AFTER_DAYS = [0, 3, 40];

/**
 * The calendar opens on the month of the nearest upcoming release (else the latest), so each day the
 * page is opened on gets a release of its own: the month a reader then sees is that day's, whatever
 * day the suite runs.
 */
function addReleasesOnOpenedDays(app) {
  const days = OPENED_AFTER_DAYS.map((later) => readerDay(Date.now() + later * DAY_MS, BROWSER_TZ).iso);
  const sections = days.map((iso, index) => `\n## v3.${index}.0 - Check-in ${index + 1} (Target: ${iso})\n\n- [ ] Read the calendar\n`);
  appendFileSync(join(app, 'ROADMAP.md'), sections.join(''));
}

/**
 * @param {{ host: string, folder: string, browser: import('playwright-core').Browser }} options
 * @param {{ name: string, ok: boolean, detail?: string }[]} results
 */
export async function nextHost({ host, folder, browser }, results) {
  const check = hostChecks(host, results);
  const app = join(folder, 'next');
  addReleasesOnOpenedDays(app);
  let builtOn = '';
  const built = await check('next build (App Router, Server Component parses ROADMAP.md)', async () => {
    const build = await nextBuild(app);
    builtOn = build.builtOn;
    return build.detail;
  });
  if (!built) return;
  await check('the client chunks (.next/static) carry no markdown parser', () => expectNoParser(join(app, '.next/static')));
  /** @type {string[]} */
  const logs = [];
  const server = await startNext(app, logs);
  try {
    let url = '';
    if (!(await check('next start on 127.0.0.1', async () => (url = await server.ready)))) return;
    for (const laterDays of OPENED_AFTER_DAYS) {
      await check(`opened ${laterDays} days after the build (${BROWSER_TZ}): no console error or warning, the reader's month and today, keyboard`, () =>
        openLater(browser, url, laterDays),
      );
    }
    await check('next start logged no error', () => expectNoProblems(logs.filter((text) => text.trim()), `built on ${builtOn}`));
  } finally {
    server.child.kill();
  }
}
