// Helpers every host shares: named checks, npm installs of the tarball, Vite builds, and the
// calendar assertions a user would make by looking and pressing keys.
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expectEqual, focusedDate } from './browser.mjs';
import { repoRoot } from './packTarball.mjs';

const execFileAsync = promisify(execFile);

/**
 * A recorder of `{ name, ok, detail }` checks named `<host>: <step>`, each timed. `check` returns
 * whether the step passed, so a host can stop after a step the rest depends on.
 * @param {string} host
 * @param {{ name: string, ok: boolean, detail?: string }[]} results
 */
export function hostChecks(host, results) {
  return async function check(step, action) {
    const began = Date.now();
    const seconds = () => `${((Date.now() - began) / 1000).toFixed(1)} s`;
    try {
      const detail = await action();
      results.push({ name: `${host}: ${step}`, ok: true, detail: detail ? `${detail}, ${seconds()}` : seconds() });
      return true;
    } catch (error) {
      const text = String(error?.stderr || error?.stdout || error?.message || error);
      results.push({ name: `${host}: ${step}`, ok: false, detail: text.slice(0, 4000) });
      return false;
    }
  };
}

/** Runs a command asynchronously (so installs can overlap) and resolves with its stdout and stderr. */
export async function runAsync(command, args, cwd, env = {}) {
  return execFileAsync(command, args, {
    cwd,
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
    env: { ...process.env, npm_config_update_notifier: 'false', ...env },
  });
}

/**
 * Installs the tarball and `deps` from the registry into `folder`, as a host would, and copies the
 * app sources (apps/*) next to its node_modules.
 * @param {string} folder @param {string} tarball @param {string[]} deps
 */
export async function installHost(folder, tarball, deps) {
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'package.json'), JSON.stringify({ name: 'roadmap-kit-host', private: true, type: 'module' }));
  await runAsync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', tarball, ...deps], folder);
  cpSync(fileURLToPath(new URL('./apps/', import.meta.url)), folder, { recursive: true });
  return deps.map((dep) => dep.replace(/(.)@.*/, '$1')).join(', ');
}

/** Type-checks the app sources (apps/tsconfig.json) against the installed package's .d.ts. */
export async function typeCheckApps(folder) {
  await runAsync('node', [join(repoRoot, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], folder);
  return 'tsc -p apps/tsconfig.json';
}

/**
 * `vite build` with the host's own Vite; any warning it prints fails the step. A development build
 * (NODE_ENV=development, which `--mode` alone does not set) must really bundle React's development
 * code, recognised by one of its dev-only warnings.
 */
export async function viteBuild(app, mode = 'production') {
  const { stdout, stderr } = await runAsync('node', [join(app, '../node_modules/vite/bin/vite.js'), 'build', '--mode', mode], app, { NODE_ENV: mode });
  const printed = `${stdout}\n${stderr}`.trim();
  if (/warn|error|\(!\)/i.test(printed)) throw new Error(printed);
  const assets = join(app, 'dist/assets');
  const js = readdirSync(assets).filter((file) => file.endsWith('.js'));
  const bytes = js.reduce((sum, file) => sum + statSync(join(assets, file)).size, 0);
  if (mode === 'development' && !js.some((file) => readFileSync(join(assets, file), 'utf8').includes('Each child in a list should have'))) {
    throw new Error('the development build does not contain React\'s development code');
  }
  return `${mode} build, ${(bytes / 1024).toFixed(0)} KiB of JS`;
}

/**
 * What a reader sees and does in the calendar: Tab from the top of the page lands on today in the
 * grid named by the month, ArrowRight moves to the next day and opens that day's release tooltip.
 * @param {import('playwright-core').Page} page
 */
export async function tabIntoCalendar(page) {
  let presses = 0;
  while ((await page.evaluate(() => document.activeElement?.getAttribute('role'))) !== 'gridcell') {
    presses += 1;
    if (presses > 40) throw new Error('40 Tabs never reached the calendar grid');
    await page.keyboard.press('Tab');
  }
  expectEqual('focused day after Tab', await focusedDate(page), '2026-03-15');
  await arrowToRelease(page);
  return `${presses} Tabs to the grid`;
}

/** ArrowRight from 15 to 16 March: focus moves, and the release of that day shows in a tooltip. */
export async function arrowToRelease(page) {
  // Focusing the 15th scrolled it into view; the browser dispatches that scroll on a later frame, and
  // Radix closes an open tooltip whose trigger scrolls. A person reads the page before pressing the
  // next key: wait two frames so the scroll lands first, or the new tooltip opens and closes at once.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await page.keyboard.press('ArrowRight');
  // A day that has to scroll into view takes focus a frame later (focusScrollingFirst): allow it.
  await page.waitForFunction(() => document.activeElement?.getAttribute('data-date') === '2026-03-16', undefined, { timeout: 2_000 }).catch(() => {});
  expectEqual('focused day after ArrowRight', await focusedDate(page), '2026-03-16');
  const tooltip = page.getByRole('tooltip');
  await tooltip.first().waitFor({ state: 'attached', timeout: 5_000 });
  const text = await tooltip.first().textContent();
  if (!text?.includes('v1.1.0') || !text.includes('Sharing')) throw new Error(`tooltip reads "${text}"`);
}

/**
 * The page as a reader sees it: RoadmapView's heading and overall progress, the Timeline list, one
 * PhaseCard per phase, the three statuses as badges, the month grid, and the host's validation line.
 * @param {import('playwright-core').Page} page
 */
export async function expectRoadmapShown(page) {
  await page.getByRole('heading', { level: 1, name: 'Host App Roadmap' }).waitFor({ timeout: 10_000 });
  await page.getByText('3 phases, valid').waitFor({ timeout: 1_000 });
  const progress = page.getByRole('progressbar', { name: 'Overall progress' });
  expectEqual('overall progress aria-valuenow', await progress.getAttribute('aria-valuenow'), '50');
  expectEqual('overall progress aria-valuetext', await progress.getAttribute('aria-valuetext'), '2 of 4 done');
  const shown = await shownPhases(page);
  expectEqual('Timeline list items and PhaseCards', shown, { timeline: 3, cards: 3 });
  const badges = await page.locator('.rk-status-badge').allTextContents();
  for (const status of ['Done', 'In progress', 'Planned']) {
    if (!badges.some((text) => text.includes(status))) throw new Error(`no StatusBadge reads "${status}" (badges: ${badges.join(' | ')})`);
  }
  const grids = await page.getByRole('grid', { name: 'March 2026' }).count();
  expectEqual('grids named "March 2026"', grids, 1);
  const radius = await page.locator('.rk-status-badge').first().evaluate((badge) => getComputedStyle(badge).borderTopLeftRadius);
  expectEqual('StatusBadge border-radius from roadmap-kit/styles.css', radius, '999px');
  return 'h1, overall progress 2 of 4, Timeline list of 3, 3 PhaseCards, badges, grid "March 2026", styles applied';
}

/** How many phases the Timeline list and the PhaseCards show. */
async function shownPhases(page) {
  const timeline = page.getByRole('list', { name: 'Host App Roadmap timeline' });
  return { timeline: await timeline.locator(':scope > li').count(), cards: await page.getByRole('article').count() };
}

/**
 * RoadmapView's search drives every part: typing an item of one phase narrows the Timeline and
 * the PhaseCards to that phase; clearing the box brings all three back.
 * @param {import('playwright-core').Page} page
 */
export async function searchFiltersRoadmap(page) {
  const search = page.getByRole('searchbox', { name: 'Search the roadmap' });
  await search.fill('Roles');
  await page.getByText('1 of 3 phases shown').waitFor({ timeout: 5_000 });
  expectEqual('after searching "Roles"', await shownPhases(page), { timeline: 1, cards: 1 });
  await page.getByRole('heading', { name: 'v2.0.0 Teams' }).waitFor({ timeout: 1_000 });
  await search.fill('');
  await page.getByText('3 of 3 phases shown').waitFor({ timeout: 5_000 });
  expectEqual('after clearing the search', await shownPhases(page), { timeline: 3, cards: 3 });
  return '"Roles" leaves v2.0.0 Teams alone in the Timeline and the cards';
}
