// A Vite app that imports its ROADMAP.md through `roadmap-kit/vite` (apps/vite-roadmap): `vite build`
// turns the importer's diagnostics into Vite warnings naming the file and line and ships the model
// without the markdown parser; the dev server applies an edit to ROADMAP.md as an HMR update, seen
// in Chromium without a page reload.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '../fixtures.mjs';
import { expectNoParser, hostFolder, previewServer, runAsync, serverOnDemand, startProcess } from './hostEnv.mjs';

const app = hostFolder('react-19', 'vite-roadmap');
/** The warning the importer gives for line 5 of apps/vite-roadmap/ROADMAP.md, as Vite prints it. */
const WARNING = '[plugin roadmap-kit] ROADMAP.md:5: dates of "Phase 1: Launch" disagree: "Q1 2026" and "November 2026" do not overlap';

/** The page as built from ROADMAP.md: its title and both phases as cards. */
async function expectPluginPage(page, title = 'Plugin Host Roadmap') {
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible({ timeout: 10_000 });
  await expect(page.getByRole('article')).toHaveCount(2);
  await expect(page.getByRole('heading', { name: 'Phase 2: Sharing' })).toBeVisible();
}

test.describe('vite plugin host (roadmap-kit/vite), build', () => {
  const served = serverOnDemand(() => previewServer(app));

  test("vite build: ROADMAP.md?roadmap, the importer's diagnostic as a Vite warning with file and line", async () => {
    const { stdout, stderr } = await runAsync('node', [join(app, '../node_modules/vite/bin/vite.js'), 'build'], app, { NO_COLOR: '1' });
    const lines = `${stdout}\n${stderr}`.split('\n').filter((line) => line.trim());
    expect(lines.filter((line) => line.includes(WARNING)).length, `the warning naming ROADMAP.md:5 in:\n${lines.join('\n')}`).toBeGreaterThan(0);
    expect(lines.filter((line) => !line.includes(WARNING)), "what vite build printed beside the importer's warning").toEqual([]);
  });

  test('the client bundle carries no markdown parser', () => expectNoParser(join(app, 'dist/assets')));

  test('built page shows the roadmap from ROADMAP.md, no console error or warning', async ({ page, problems }) => {
    await page.goto((await served()).origin);
    await expectPluginPage(page);
    expect(problems).toEqual([]);
  });
});

test.describe('vite plugin host (roadmap-kit/vite), dev server', () => {
  const served = serverOnDemand(async () => {
    const vite = join(app, '../node_modules/vite/bin/vite.js');
    const server = startProcess('node', [vite, '--host', '127.0.0.1', '--port', '0', '--logLevel', 'info'], { cwd: app, env: { NO_COLOR: '1' }, ready: /Local:\s+(http:\/\/127\.0\.0\.1:\d+\/)/, seconds: 120 });
    return { ...server, url: (await server.started)[1] };
  });

  test('vite dev server starts', () => served());

  test('dev: the page shows ROADMAP.md; editing ROADMAP.md updates it through HMR, no reload; no console error or warning', async ({ page, problems }) => {
    const debug = [];
    page.on('console', (message) => debug.push(message.text()));
    await page.goto((await served()).url);
    await expectPluginPage(page);
    await page.evaluate(() => {
      window.__beforeEdit = true;
    });
    const file = join(app, 'ROADMAP.md');
    const original = readFileSync(file, 'utf8');
    try {
      writeFileSync(file, original.replace('# Plugin Host Roadmap', '# Plugin Host Roadmap, edited'));
      await expect(page.getByRole('heading', { level: 1, name: 'Plugin Host Roadmap, edited' })).toBeVisible({ timeout: 15_000 });
    } finally {
      writeFileSync(file, original);
    }
    expect(await page.evaluate(() => window.__beforeEdit), 'the page kept its state (a hot update, not a reload)').toBe(true);
    expect(debug.some((text) => text.includes('[vite] hot updated')), `"[vite] hot updated" in the console: ${debug.join(' | ')}`).toBe(true);
    expect(problems).toEqual([]);
  });

  test('dev: the dev server warned about ROADMAP.md:5', async () => {
    expect((await served()).output.join('')).toContain('ROADMAP.md:5: dates of "Phase 1: Launch" disagree');
  });
});
