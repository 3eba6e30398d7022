// Host 7: a Vite app that imports its ROADMAP.md through `roadmap-kit/vite` (apps/vite-roadmap):
// `vite build` turns the importer's diagnostics into Vite warnings naming the file and line and
// ships the model without the markdown parser; the dev server applies an edit to ROADMAP.md as an
// HMR update, seen in Chromium without a page reload.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectEqual, expectNoProblems, openWatched, serveDirectory } from './browser.mjs';
import { hostChecks, runAsync } from './hostSteps.mjs';

/** The warning the importer gives for line 5 of apps/vite-roadmap/ROADMAP.md, as Vite prints it. */
const WARNING = '[plugin roadmap-kit] ROADMAP.md:5: dates of "Phase 1: Launch" disagree: "Q1 2026" and "November 2026" do not overlap';

/** Strings only the markdown side carries (micromark's token names, the importer's messages). */
export const PARSER_MARKERS = ['thematicBreakSequence', 'codeFencedFence', 'do not overlap', 'the importer built an invalid roadmap'];

/** Throws when any JavaScript file under `folder` (recursively) contains a markdown-parser marker. */
export function expectNoParser(folder) {
  const files = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.js'));
  if (files.length === 0) throw new Error(`no JavaScript under ${folder}`);
  for (const file of files) {
    const code = readFileSync(join(folder, file), 'utf8');
    const found = PARSER_MARKERS.filter((marker) => code.includes(marker));
    if (found.length > 0) throw new Error(`${file} carries the markdown parser (${found.join(', ')})`);
  }
  return `${files.length} JS files, none with ${PARSER_MARKERS.map((marker) => `"${marker}"`).join(', ')}`;
}

async function buildWithWarning(app) {
  const { stdout, stderr } = await runAsync('node', [join(app, '../node_modules/vite/bin/vite.js'), 'build'], app, { NO_COLOR: '1' });
  const lines = `${stdout}\n${stderr}`.split('\n').filter((line) => line.trim());
  if (!lines.some((line) => line.includes(WARNING))) throw new Error(`no warning naming ROADMAP.md:5 in:\n${lines.join('\n')}`);
  const others = lines.filter((line) => !line.includes(WARNING));
  if (others.length > 0) throw new Error(`vite build printed more than the importer's warning:\n${others.join('\n')}`);
  return WARNING.replace('[plugin roadmap-kit] ', '');
}

/** The page as built from ROADMAP.md: its title, both phases as cards, the warning's date kept. */
async function expectPluginPage(page, title) {
  await page.getByRole('heading', { level: 1, name: title }).waitFor({ timeout: 10_000 });
  expectEqual('PhaseCards', await page.getByRole('article').count(), 2);
  await page.getByRole('heading', { name: 'Phase 2: Sharing' }).waitFor({ timeout: 1_000 });
  return `h1 "${title}", 2 PhaseCards`;
}

/** `vite` (dev) on 127.0.0.1 at a free port; stops by itself after two minutes (GNU timeout). */
function startDevServer(app, output) {
  const child = spawn('timeout', ['120', 'node', join(app, '../node_modules/vite/bin/vite.js'), '--host', '127.0.0.1', '--port', '0', '--logLevel', 'info'], {
    cwd: app,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const ready = new Promise((resolve, reject) => {
    const onText = (text) => {
      output.push(text);
      const url = /Local:\s+(http:\/\/127\.0\.0\.1:\d+\/)/.exec(output.join(''))?.[1];
      if (url) resolve(url);
    };
    child.stdout.setEncoding('utf8').on('data', onText);
    child.stderr.setEncoding('utf8').on('data', onText);
    child.on('exit', (code) => reject(new Error(`vite exited with ${code}: ${output.join('')}`)));
    setTimeout(() => reject(new Error(`vite did not start in 30 s: ${output.join('')}`)), 30_000).unref();
  });
  return { child, ready };
}

/** Edits ROADMAP.md under the running dev server; the page must update in place (HMR, no reload). */
async function editUpdatesPage(opened, file, output) {
  const { page } = opened;
  /** @type {string[]} */
  const debug = [];
  page.on('console', (message) => debug.push(message.text()));
  await page.evaluate(() => {
    window.__beforeEdit = true;
  });
  const original = readFileSync(file, 'utf8');
  try {
    writeFileSync(file, original.replace('# Plugin Host Roadmap', '# Plugin Host Roadmap, edited'));
    await page.getByRole('heading', { level: 1, name: 'Plugin Host Roadmap, edited' }).waitFor({ timeout: 15_000 });
  } finally {
    writeFileSync(file, original);
  }
  if (!(await page.evaluate(() => window.__beforeEdit === true))) throw new Error('the page reloaded instead of a hot update');
  const hot = debug.find((text) => text.includes('[vite] hot updated'));
  if (!hot) throw new Error(`no "[vite] hot updated" in the console: ${debug.join(' | ')}`);
  if (!output.join('').includes('ROADMAP.md:5: dates of "Phase 1: Launch" disagree')) throw new Error(`the dev server printed no warning for ROADMAP.md:5:\n${output.join('')}`);
  return `${hot.trim()}, no reload; the dev server warned about ROADMAP.md:5`;
}

/**
 * @param {{ host: string, folder: string, browser: import('playwright-core').Browser }} options
 * @param {{ name: string, ok: boolean, detail?: string }[]} results
 */
export async function viteRoadmapHost({ host, folder, browser }, results) {
  const check = hostChecks(host, results);
  const app = join(folder, 'vite-roadmap');
  if (await check('vite build: ROADMAP.md?roadmap, the importer\'s diagnostic as a Vite warning with file and line', () => buildWithWarning(app))) {
    await check('the client bundle carries no markdown parser', () => expectNoParser(join(app, 'dist/assets')));
    const server = await serveDirectory(join(app, 'dist'));
    const opened = await openWatched(browser, `${server.origin}/`);
    try {
      await check('built page shows the roadmap from ROADMAP.md, no console error or warning', async () => {
        const shown = await expectPluginPage(opened.page, 'Plugin Host Roadmap');
        return expectNoProblems(opened.problems, shown);
      });
    } finally {
      await opened.close();
      await server.close();
    }
  }
  /** @type {string[]} */
  const output = [];
  const dev = startDevServer(app, output);
  try {
    let url = '';
    if (!(await check('vite dev server starts', async () => (url = await dev.ready)))) return;
    const opened = await openWatched(browser, url);
    try {
      await check('dev: the page shows ROADMAP.md', () => expectPluginPage(opened.page, 'Plugin Host Roadmap'));
      await check('dev: editing ROADMAP.md updates the page through HMR', () => editUpdatesPage(opened, join(app, 'ROADMAP.md'), output));
      await check('dev: no console error or warning, no failed request', () => expectNoProblems(opened.problems));
    } finally {
      await opened.close();
    }
  } finally {
    dev.child.kill();
  }
}
