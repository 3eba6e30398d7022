// Host 8: `npx roadmap-kit render ROADMAP.md -o roadmap.html` from the installed tarball, as a docs
// site or a GitHub Pages job would run it; the page is opened in Chromium with JavaScript off: it
// makes no request, shows every phase and item, its contents links move the reader with the
// keyboard, axe finds nothing (light and dark), and it prints.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pdfPagesText, normalizePdfText } from '../pdfText.mjs';
import { expectEqual, serveDirectory } from './browser.mjs';
import { hostChecks, runAsync } from './hostSteps.mjs';
import { repoRoot } from './packTarball.mjs';

const PHASES = ['Phase 1: Launch', 'Phase 2: Sharing', 'Phase 3: Teams'];
const ITEMS = ['Sign-in', 'Billing', 'Share links', 'Embeds', 'Roles and permissions'];
const AXE = { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } };

/** Opens `url` with or without JavaScript; records every request the page makes. */
async function openPage(browser, url, { javaScriptEnabled, colorScheme = 'light' }) {
  const context = await browser.newContext({ javaScriptEnabled, colorScheme, locale: 'en-US', viewport: { width: 1024, height: 800 } });
  const page = await context.newPage();
  /** @type {string[]} */
  const requests = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(url, { waitUntil: 'load' });
  return { page, requests, close: () => context.close() };
}

/** Everything a reader needs is on the page, visible, with JavaScript off, from one request. */
async function readableWithoutScript(opened, url) {
  const { page, requests } = opened;
  expectEqual('requests the page made', requests, [url]);
  await page.getByRole('heading', { level: 1, name: 'Host App Roadmap' }).waitFor({ timeout: 5_000 });
  for (const phase of PHASES) {
    if (!(await page.getByRole('heading', { level: 3, name: phase }).isVisible())) throw new Error(`no visible PhaseCard heading "${phase}"`);
  }
  for (const item of ITEMS) {
    if (!(await page.getByText(item, { exact: true }).first().isVisible())) throw new Error(`item "${item}" is not visible`);
  }
  const scripts = await page.locator('script').count();
  expectEqual('script elements', scripts, 0);
  const radius = await page.locator('.rk-status-badge').first().evaluate((badge) => getComputedStyle(badge).borderTopLeftRadius);
  expectEqual('StatusBadge border-radius from the inline stylesheet', radius, '999px');
  return `1 request, h1, ${PHASES.length} PhaseCards, ${ITEMS.length} items visible, no script, styles inline`;
}

/** Keyboard only: Tab reaches the skip link, then the contents; Enter on a phase jumps to its card. */
async function navigableWithoutScript({ page }) {
  await page.keyboard.press('Tab');
  const skip = await page.evaluate(() => document.activeElement?.textContent);
  expectEqual('first Tab stop', skip, 'Skip to the roadmap');
  let presses = 1;
  while ((await page.evaluate(() => document.activeElement?.textContent)) !== 'Phase 3: Teams') {
    presses += 1;
    if (presses > 10) throw new Error('10 Tabs never reached the contents link "Phase 3: Teams"');
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Enter');
  await page.waitForURL(/#phase-phase-3-teams$/, { timeout: 5_000 });
  const card = page.getByRole('heading', { level: 3, name: 'Phase 3: Teams' });
  const box = await card.boundingBox();
  if (!box || box.y < 0 || box.y > 800) throw new Error(`the card "Phase 3: Teams" is not in view after Enter (y ${box?.y})`);
  return `${presses} Tabs to "Phase 3: Teams", Enter scrolls its card into view (y ${Math.round(box.y)})`;
}

/** axe over the page as written (no script of its own: JavaScript is on only so axe can run). */
async function axeClean(browser, url, colorScheme) {
  const opened = await openPage(browser, url, { javaScriptEnabled: true, colorScheme });
  try {
    await opened.page.addScriptTag({ content: readFileSync(join(repoRoot, 'node_modules/axe-core/axe.min.js'), 'utf8') });
    const violations = await opened.page.evaluate((options) => globalThis.axe.run(document, options).then((r) => r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}× e.g. ${v.nodes[0]?.target})`)), AXE);
    if (violations.length > 0) throw new Error(violations.join('\n'));
    return 'WCAG 2.1 A/AA + best practice, page-level rules included: 0 violations';
  } finally {
    await opened.close();
  }
}

/** Printed with JavaScript off: every phase and item on paper. */
async function prints({ page }) {
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const text = normalizePdfText((await pdfPagesText(pdf)).join(''));
  for (const words of [...PHASES, ...ITEMS]) if (!text.includes(normalizePdfText(words))) throw new Error(`"${words}" is not in the PDF`);
  return `${(pdf.length / 1024).toFixed(0)} KiB PDF with every phase and item`;
}

/**
 * @param {{ host: string, folder: string, browser: import('playwright-core').Browser }} options
 * @param {{ name: string, ok: boolean, detail?: string }[]} results
 */
export async function renderHost({ host, folder, browser }, results) {
  const check = hostChecks(host, results);
  const app = join(folder, 'markdown');
  const rendered = await check('npx roadmap-kit render ROADMAP.md -o roadmap.html (--scheme light, and dark)', async () => {
    const cli = (args) => runAsync('npx', ['--no-install', 'roadmap-kit', 'render', 'ROADMAP.md', '--now', '2026-03-15', ...args], app);
    await cli(['-o', 'roadmap.html', '--scheme', 'light']);
    await cli(['-o', 'roadmap-dark.html', '--scheme', 'dark']);
    return `${(readFileSync(join(app, 'roadmap.html')).length / 1024).toFixed(0)} KiB, one file`;
  });
  if (!rendered) return;
  const server = await serveDirectory(app);
  try {
    const url = `${server.origin}/roadmap.html`;
    const opened = await openPage(browser, url, { javaScriptEnabled: false });
    try {
      await check('JavaScript off: one request, every phase and item visible, no script', () => readableWithoutScript(opened, url));
      await check('JavaScript off: keyboard reaches the contents, and a contents link moves to its phase', () => navigableWithoutScript(opened));
      await check('JavaScript off: prints to PDF with every phase and item', () => prints(opened));
    } finally {
      await opened.close();
    }
    await check('axe clean, light scheme', () => axeClean(browser, url, 'light'));
    await check('axe clean, dark scheme', () => axeClean(browser, `${server.origin}/roadmap-dark.html`, 'dark'));
  } finally {
    await server.close();
  }
}
