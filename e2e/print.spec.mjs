// Prints RoadmapView the way a reader's browser does, from the static Storybook (storybook-static/,
// served by print.config.mjs): each story is opened in Chromium, switched to print media, checked in
// the DOM (every group open with its items rendered, nothing animating, no filter bar or zoom
// buttons, the Timeline as its list, light tokens) and then exported with Chromium's PDF output,
// whose pages are counted and whose text must hold every item of the groups closed on screen, and
// none of the controls.
import { normalizePdfText, pdfPagesText } from '../scripts/pdfText.mjs';
import { expect, test } from './fixtures.mjs';

/**
 * Stories to print: the page count their PDF must fall in, text it must hold and text it must not
 * (controls that mean nothing on paper).
 */
const STORIES = [
  // A whole RoadmapView: header, Timeline, four phases, metrics, calendar.
  {
    id: 'examples--numbered-phases',
    name: 'Examples › Numbered phases',
    pages: [2, 30],
    present: ['Harbor Gateway Roadmap', 'Overall progress', 'Alpha Release'],
    absent: ['Search the roadmap', 'Show statuses', 'Calendar view'],
  },
  // The table layout: the whole roadmap as one data table, whose narrow-screen scroll box must not clip it on paper.
  {
    id: 'components-roadmapview--table-layout',
    name: 'RoadmapView › Table layout',
    pages: [1, 30],
    present: ['Harbor Gateway Roadmap', 'Research & Experimental', 'Confidential computing enclaves'],
    absent: ['Search the roadmap', 'Show statuses'],
  },
  // 200 items in ten groups, most closed on screen: all 200 must reach the paper (~40 items a page).
  { id: 'components-phasecard--two-hundred-items', name: 'PhaseCard › Two hundred items', pages: [4, 30], present: ['Deliverable 200'], absent: [] },
];

async function openStory(page, id) {
  // The dark scheme on screen: paper must still get the light tokens.
  await page.goto(`/iframe.html?id=${id}&viewMode=story&globals=scheme:dark`, { timeout: 60_000 });
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
    if (groups.length === 0 && !document.querySelector('.rk-roadmap-view__table')) problems.push('no PhaseCard group on the page');
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
      const scrolls = /auto|scroll/.test(`${style.overflowX} ${style.overflowY}`);
      if (scrolls && (element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1)) {
        problems.push(`.${element.classList[0]} clips its content in a scroll box on paper`);
      }
      if (style.boxShadow !== 'none' && !style.boxShadow.includes('inset')) problems.push(`drop shadow in print on .${element.classList[0]}`);
      if (style.transitionDuration.split(',').some((d) => Number.parseFloat(d) > 0)) problems.push(`transition in print on .${element.classList[0]}`);
    }
    return { problems: [...new Set(problems)], printedItems };
  }, closedTitles);
}

/** What the PDF must and must not say: the problems found. */
function checkPdfText(pagesText, story, printedItems) {
  const text = normalizePdfText(pagesText.join(''));
  const problems = [];
  const missing = [...story.present, ...printedItems].filter((title) => !text.includes(normalizePdfText(title)));
  if (missing.length > 0) problems.push(`PDF text lacks ${missing.length} expected titles, e.g. "${missing[0]}"`);
  const shown = story.absent.filter((label) => text.includes(normalizePdfText(label)));
  if (shown.length > 0) problems.push(`PDF shows screen controls: ${shown.join(', ')}`);
  return problems;
}

for (const story of STORIES) {
  test(`print: ${story.name}`, async ({ page, problems }) => {
    await openStory(page, story.id);
    const closed = await closedGroupsOnScreen(page);
    await page.emulateMedia({ media: 'print' });
    // The print hook re-renders on the media change; give React and the browser a frame to settle.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const dom = await inspectPrintDom(page, closed);
    expect(dom.problems).toEqual([]);
    if (closed.length > 0) expect(dom.printedItems.length, `groups closed on screen (${closed.join(', ')}) print items`).toBeGreaterThan(0);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pagesText = await pdfPagesText(pdf);
    const [min, max] = story.pages;
    expect(pagesText.length, 'A4 pages').toBeGreaterThanOrEqual(min);
    expect(pagesText.length, 'A4 pages').toBeLessThanOrEqual(max);
    expect(checkPdfText(pagesText, story, dom.printedItems)).toEqual([]);
    expect(problems).toEqual([]);
    test.info().annotations.push({
      type: 'printed',
      description: `${pagesText.length} A4 pages, ${(pdf.length / 1024).toFixed(0)} KiB; ${closed.length} groups closed on screen printed open, their ${dom.printedItems.length} items in the PDF text`,
    });
  });
}
