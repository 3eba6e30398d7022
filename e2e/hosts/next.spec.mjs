// A Next.js App Router app (apps/next) from the installed tarball: a Server Component reads
// ROADMAP.md with parseRoadmap while `next build` prerenders the page, and renders <RoadmapView>
// without `now`. `next start` serves it; Chromium opens it with the clock at the build day, three
// and forty days later (production React): no console error or warning (no hydration error #418),
// the calendar shows the reader's month and today, the keyboard works, no parser in the client.
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { expect, test } from '../fixtures.mjs';
import { expectNoParser, hostFolder, runAsync, serverOnDemand, startProcess } from './hostEnv.mjs';
import { focusedDate, tabToGrid } from './roadmapPage.mjs';

const app = hostFolder('react-19', 'next');
const next = join(app, '../node_modules/next/dist/bin/next');
const DAY_MS = 24 * 60 * 60 * 1000;
const BROWSER_TZ = 'America/Los_Angeles';
const ENV = { NEXT_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };
const OPENED_AFTER_DAYS = [0, 3, 40];

/** The ISO day and the month caption ("January 2027") a reader in `timeZone` sees at `time`. */
function readerDay(time, timeZone) {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(time).map((part) => [part.type, part.value]));
  const caption = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'long' }).format(time);
  return { iso: `${parts.year}-${parts.month}-${parts.day}`, caption };
}

/**
 * The calendar opens on the month of the nearest upcoming release (else the latest), so each day the
 * page is opened on gets a release of its own: the month a reader then sees is that day's, whatever
 * day the suite runs.
 */
function addReleasesOnOpenedDays() {
  const days = OPENED_AFTER_DAYS.map((later) => readerDay(Date.now() + later * DAY_MS, BROWSER_TZ).iso);
  appendFileSync(join(app, 'ROADMAP.md'), days.map((iso, index) => `\n## v3.${index}.0 - Check-in ${index + 1} (Target: ${iso})\n\n- [ ] Read the calendar\n`).join(''));
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

test.describe('next.js host', () => {
  test.use({ timezoneId: BROWSER_TZ });
  const served = serverOnDemand(async () => {
    const port = await freePort();
    const server = startProcess('node', [next, 'start', '-H', '127.0.0.1', '-p', String(port)], { cwd: app, env: ENV, ready: /Ready in|started server/i });
    await server.started;
    return { ...server, url: `http://127.0.0.1:${port}/` };
  });

  test('next build (App Router, Server Component parses ROADMAP.md), prerendered, SWC from npm', async () => {
    addReleasesOnOpenedDays();
    const { stdout, stderr } = await runAsync('node', [next, 'build'], app, ENV);
    // Next's compiler comes from npm (an optional dependency); a missing one would be downloaded now.
    expect(existsSync(join(app, '../node_modules/@next/swc-linux-x64-gnu/package.json')), '@next/swc-linux-x64-gnu installed').toBe(true);
    // Under CI=true Next notes that a first build has no cache to reuse; that is true of every fresh host.
    const warnings = `${stdout}\n${stderr}`.split('\n').filter((line) => /⚠|warn|error|download/i.test(line) && !/No build cache found/.test(line));
    expect(warnings, 'what next build printed').toEqual([]);
    // Prerendered at build time, as a static site is: the HTML of `/` is on disk with the day it was rendered on.
    expect(readFileSync(join(app, '.next/server/app/index.html'), 'utf8')).toMatch(/data-rk-rendered-on="\d{4}-\d{2}-\d{2}"/);
  });

  test('the client chunks (.next/static) carry no markdown parser', () => expectNoParser(join(app, '.next/static')));

  test('next start on 127.0.0.1', () => served());

  for (const laterDays of OPENED_AFTER_DAYS) {
    test(`opened ${laterDays} days after the build (${BROWSER_TZ}): no console error or warning, the reader's month and today, keyboard`, async ({ page, problems }) => {
      const time = Date.now() + laterDays * DAY_MS;
      const reader = readerDay(time, BROWSER_TZ);
      await page.clock.setFixedTime(time);
      await page.goto((await served()).url);
      await expect(page.getByRole('heading', { level: 1, name: 'Next Host Roadmap' })).toBeVisible({ timeout: 10_000 });
      const grid = page.getByRole('grid', { name: reader.caption });
      // The first pass shows the build day (as the server did); the reader's day follows hydration.
      await expect(grid.locator('[aria-current="date"]'), 'the day marked today').toHaveAttribute('data-date', reader.iso, { timeout: 10_000 });
      await tabToGrid(page);
      expect(await focusedDate(page), 'focused day after Tab').toBe(reader.iso);
      await page.keyboard.press('ArrowRight');
      const tomorrow = new Date(Date.parse(`${reader.iso}T12:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
      await expect.poll(() => focusedDate(page), { message: 'focused day after ArrowRight', timeout: 3_000 }).toBe(tomorrow);
      // React reports a hydration mismatch asynchronously; give it a moment before reading the console.
      await page.waitForTimeout(300);
      expect(problems).toEqual([]);
    });
  }

  test('next start logged no error', async () => {
    expect((await served()).errors.filter((text) => text.trim())).toEqual([]);
  });
});
