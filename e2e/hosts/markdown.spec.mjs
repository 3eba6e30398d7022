// roadmap-kit's Markdown importer and CLI from the installed tarball, in plain Node: a script parses
// a ROADMAP.md through `roadmap-kit/markdown` (apps/markdown/parse.mjs), then the package's bin runs
// through `npx roadmap-kit` as a docs build or CI job would call it. `roadmap-kit render` writes a
// static page, opened in Chromium with JavaScript off: it makes no request, shows every phase and
// item, its contents links move the reader with the keyboard, axe finds nothing (light and dark),
// and it prints.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { normalizePdfText, pdfPagesText } from '../../scripts/pdfText.mjs';
import { hostFolder, previewServer, runAsync, serverOnDemand } from './hostEnv.mjs';

const app = hostFolder('react-19', 'markdown');
const NOW = ['--now', '2026-03-15'];
const PHASES = [
  { title: 'Phase 1: Launch', status: 'done', items: 2 },
  { title: 'Phase 2: Sharing', status: 'in-progress', items: 2 },
  { title: 'Phase 3: Teams', status: 'planned', items: 1 },
];
const ITEMS = ['Sign-in', 'Billing', 'Share links', 'Embeds', 'Roles and permissions'];
const AXE = { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } };

/** Runs the installed bin through npx (no registry lookup: it must come from node_modules/.bin); rejects on a non-zero exit. */
const roadmapKit = (args) => runAsync('npx', ['--no-install', 'roadmap-kit', ...args], app);

test('parse ROADMAP.md with roadmap-kit/markdown in a Node script, then validateRoadmap', async () => {
  const { stdout, stderr } = await runAsync('node', ['parse.mjs'], app);
  expect(stderr.trim(), 'stderr').toBe('');
  expect(JSON.parse(stdout)).toEqual({ title: 'Host App Roadmap', phases: PHASES, warnings: [], valid: true });
});

test('npx roadmap-kit inspect ROADMAP.md exits 0 and names every phase', async () => {
  const { stdout } = await roadmapKit(['inspect', 'ROADMAP.md', ...NOW]);
  for (const phase of PHASES) expect(stdout).toContain(phase.title);
  expect(stdout).toMatch(/Diagnostics \(\d+\)/);
});

test('npx roadmap-kit convert --strict prints valid roadmap JSON (stdout and -o), and validate accepts it', async () => {
  const fromStdout = JSON.parse((await roadmapKit(['convert', 'ROADMAP.md', '--strict', ...NOW])).stdout);
  await roadmapKit(['convert', 'ROADMAP.md', '-o', 'roadmap.json', ...NOW]);
  expect(fromStdout.phases.map((phase) => phase.title)).toEqual(PHASES.map((phase) => phase.title));
  expect(JSON.parse(readFileSync(join(app, 'roadmap.json'), 'utf8')), '-o output equals stdout output').toEqual(fromStdout);
  await roadmapKit(['validate', 'roadmap.json']);
});

test.describe('static page host (roadmap-kit render)', () => {
  const served = serverOnDemand(() => previewServer(app, '.'));

  test('npx roadmap-kit render ROADMAP.md -o roadmap.html (--scheme light, and dark)', async () => {
    await roadmapKit(['render', 'ROADMAP.md', ...NOW, '-o', 'roadmap.html', '--scheme', 'light']);
    await roadmapKit(['render', 'ROADMAP.md', ...NOW, '-o', 'roadmap-dark.html', '--scheme', 'dark']);
  });

  test.describe('JavaScript off', () => {
    test.use({ javaScriptEnabled: false, viewport: { width: 1024, height: 800 } });

    test('one request, every phase and item visible, no script', async ({ page }) => {
      const { origin } = await served();
      const requests = [];
      page.on('request', (request) => requests.push(request.url()));
      await page.goto(`${origin}/roadmap.html`);
      expect(requests).toEqual([`${origin}/roadmap.html`]);
      await expect(page.getByRole('heading', { level: 1, name: 'Host App Roadmap' })).toBeVisible();
      for (const phase of PHASES) await expect(page.getByRole('heading', { level: 3, name: phase.title })).toBeVisible();
      for (const item of ITEMS) await expect(page.getByText(item, { exact: true }).first()).toBeVisible();
      await expect(page.locator('script')).toHaveCount(0);
      await expect(page.locator('.rk-status-badge').first()).toHaveCSS('border-top-left-radius', '999px');
    });

    test('keyboard reaches the contents, and a contents link moves to its phase', async ({ page }) => {
      await page.goto(`${(await served()).origin}/roadmap.html`);
      await page.keyboard.press('Tab');
      await expect(page.locator(':focus')).toHaveText('Skip to the roadmap');
      for (let presses = 1; (await page.evaluate(() => document.activeElement?.textContent)) !== 'Phase 3: Teams'; presses += 1) {
        expect(presses, 'Tabs to the contents link "Phase 3: Teams"').toBeLessThan(10);
        await page.keyboard.press('Tab');
      }
      await page.keyboard.press('Enter');
      await page.waitForURL(/#phase-phase-3-teams$/);
      await expect(page.getByRole('heading', { level: 3, name: 'Phase 3: Teams' })).toBeInViewport();
    });

    test('prints to PDF with every phase and item', async ({ page }) => {
      await page.goto(`${(await served()).origin}/roadmap.html`);
      const text = normalizePdfText((await pdfPagesText(await page.pdf({ format: 'A4', printBackground: true }))).join(''));
      for (const words of [...PHASES.map((phase) => phase.title), ...ITEMS]) expect(text).toContain(normalizePdfText(words));
    });
  });

  // JavaScript is on only so axe can run: the page has no script of its own.
  for (const [scheme, file] of [
    ['light', 'roadmap.html'],
    ['dark', 'roadmap-dark.html'],
  ]) {
    test(`axe clean, ${scheme} scheme (WCAG 2.1 A/AA + best practice, page-level rules included)`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`${(await served()).origin}/${file}`);
      await page.addScriptTag({ path: join(import.meta.dirname, '../../node_modules/axe-core/axe.min.js') });
      const violations = await page.evaluate((options) => globalThis.axe.run(document, options).then((r) => r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}× e.g. ${v.nodes[0]?.target})`)), AXE);
      expect(violations).toEqual([]);
    });
  }
});
