// Prints RoadmapView the way a reader's browser does, from the static Storybook (storybook-static/):
// each story is opened in Chromium, switched to print media, checked in the DOM (every group open
// with its items rendered, nothing animating, no filter bar or zoom buttons, the Timeline as its
// list, light tokens) and then exported with Chromium's PDF output, whose pages are counted. When
// `pdfjs-dist` is installed the PDF's text is also searched for items of groups closed on screen.
import { chromium } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import { ARGS, serve } from './storySweep.mjs';

/** Stories to print, with the page count their PDF must fall in. */
const STORIES = [
  // A whole RoadmapView: header, Timeline, four phases, metrics, calendar.
  { id: 'examples--numbered-phases', name: 'Examples › Numbered phases', pages: [2, 30] },
  // 200 items in ten groups, most closed on screen: all 200 must reach the paper (~40 items a page).
  { id: 'components-phasecard--two-hundred-items', name: 'PhaseCard › Two hundred items', pages: [4, 30] },
];

async function openStory(page, origin, id) {
  // The dark scheme on screen: paper must still get the light tokens.
  await page.goto(`${origin}/iframe.html?id=${id}&viewMode=story&globals=scheme:dark`, { timeout: 60_000 });
  await page.waitForFunction(
    (storyId) => {
      const render = globalThis.__STORYBOOK_PREVIEW__?.currentRender;
      return render?.id === storyId && ['finished', 'completed', 'played'].includes(render.phase);
    },
    id,
    { timeout: 60_000 },
  );
}

/** Group titles and toggle states, as the reader sees them on screen. */
function closedGroupsOnScreen(page) {
  return page.$$eval('.rk-phase-card__group-toggle[aria-expanded="false"]', (toggles) =>
    toggles.map((toggle) => toggle.querySelector('.rk-phase-card__group-title')?.textContent ?? ''),
  );
}

/** What print media shows: problems found, and item titles of the groups closed on screen. */
function inspectPrintDom(page, closedTitles) {
  return page.evaluate((closed) => {
    const problems = [];
    const shown = (element) => element && getComputedStyle(element).display !== 'none';
    const groups = [...document.querySelectorAll('.rk-phase-card__group')];
    if (groups.length === 0) problems.push('no PhaseCard group on the page');
    const printedItems = [];
    for (const group of groups) {
      const title = group.querySelector('.rk-phase-card__group-title')?.textContent ?? '';
      const panel = group.querySelector('.rk-phase-card__group-panel');
      const items = [...(panel?.querySelectorAll('.rk-phase-card__item-title') ?? [])].map((item) => item.textContent ?? '');
      const expected = Number.parseInt(group.querySelector('.rk-phase-card__group-count')?.textContent ?? '', 10);
      if (!panel || panel.hidden || !shown(panel)) problems.push(`group "${title}" is not open in print`);
      else if (Number.isFinite(expected) && items.length !== expected) problems.push(`group "${title}" prints ${items.length} of ${expected} items`);
      if (closed.includes(title)) printedItems.push(...items);
    }
    const running = document.getAnimations().filter((animation) => animation.playState === 'running');
    if (running.length > 0) problems.push(`${running.length} animations running in print`);
    for (const selector of ['.rk-roadmap-view__filters', '.rk-timeline__toolbar', '.rk-release-calendar__views', '.rk-release-calendar__nav-button']) {
      for (const element of document.querySelectorAll(selector)) if (shown(element)) problems.push(`${selector} is displayed in print`);
    }
    for (const timeline of document.querySelectorAll('.rk-timeline')) {
      if (timeline.getAttribute('data-orientation') !== 'vertical') problems.push('the Timeline prints as a time axis instead of its list');
    }
    for (const root of document.querySelectorAll('.rk-root')) {
      if (!/^#f{3}(f{3})?$/i.test(getComputedStyle(root).getPropertyValue('--rk-surface').trim())) problems.push('a component prints on a dark surface');
    }
    for (const element of document.querySelectorAll('.rk-root, .rk-root *')) {
      const style = getComputedStyle(element);
      if (style.boxShadow !== 'none' && !style.boxShadow.includes('inset')) problems.push(`drop shadow in print on .${element.classList[0]}`);
      if (style.transitionDuration.split(',').some((d) => Number.parseFloat(d) > 0)) problems.push(`transition in print on .${element.classList[0]}`);
    }
    return { problems: [...new Set(problems)], printedItems };
  }, closedTitles);
}

/** Pages of a PDF written by Chromium (Skia writes one uncompressed `/Type /Page` dictionary per page). */
export function pdfPageCount(bytes) {
  return (bytes.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;
}

/** The PDF's text through pdfjs-dist when it is installed, else `undefined` (the text check is then skipped). */
async function pdfText(bytes) {
  let pdfjs;
  try {
    pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  } catch {
    return undefined;
  }
  const document = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false }).promise;
  const pages = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const content = await (await document.getPage(number)).getTextContent();
    pages.push(content.items.map((item) => item.str).join(' '));
  }
  return pages.join('\n').replace(/\s+/g, ' ');
}

async function checkStory(context, origin, story) {
  const page = await context.newPage();
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console.${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  const notes = [];
  try {
    await openStory(page, origin, story.id);
    const closed = await closedGroupsOnScreen(page);
    await page.emulateMedia({ media: 'print' });
    // The print hook re-renders on the media change; give React and the browser a frame to settle.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const dom = await inspectPrintDom(page, closed);
    problems.push(...dom.problems);
    if (closed.length > 0 && dom.printedItems.length === 0) problems.push(`groups closed on screen (${closed.join(', ')}) print no items`);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    if (!pdf.subarray(0, 5).toString('latin1').startsWith('%PDF-')) problems.push('the PDF output is not a PDF');
    const pages = pdfPageCount(pdf);
    const [min, max] = story.pages;
    if (pages < min || pages > max) problems.push(`PDF has ${pages} pages, expected ${min}–${max}`);
    notes.push(`${pages} A4 pages, ${(pdf.length / 1024).toFixed(0)} KiB, ${closed.length} groups closed on screen printed open`);
    const text = await pdfText(pdf);
    if (text === undefined) notes.push('PDF text not searched (pdfjs-dist not installed)');
    else {
      const missing = dom.printedItems.filter((title) => !text.includes(title));
      if (missing.length > 0) problems.push(`PDF text lacks ${missing.length} items of closed groups, e.g. "${missing[0]}"`);
      else notes.push(`PDF text holds all ${dom.printedItems.length} items of those groups`);
    }
  } catch (error) {
    problems.push(`could not print: ${error.message.split('\n')[0]}`);
  } finally {
    await page.close();
  }
  return { name: `print: ${story.name}`, ok: problems.length === 0, detail: (problems.length > 0 ? problems : notes).join('; ') };
}

/** @returns {Promise<{ name: string, ok: boolean, detail?: string }[]>} */
export async function printCheck() {
  const server = await serve();
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS });
  // A desktop width, so the Timeline would be a time axis on screen, and no reduced-motion preference.
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const results = [];
  try {
    for (const story of STORIES) results.push(await checkStory(context, origin, story));
  } finally {
    await browser.close();
    server.close();
  }
  return results;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const results = await printCheck();
  for (const result of results) console.log(`${result.ok ? '✓' : '✗'} ${result.name} — ${result.detail}`);
  process.exitCode = results.every((r) => r.ok) ? 0 : 1;
}
