// ReleaseCalendar vs react-big-calendar's month view with its date-fns localizer, in one run:
// gzipped size as a host bundles each import (react external, dependencies and CSS included: the
// calendar with its own stylesheet, and with the whole styles.css), and
// main-thread time in the same Chromium to mount and to change month with 1,000 releases.
// Targets (issue 6): at most half react-big-calendar's size, and no slower.
import { join } from 'node:path';
import { measureBundle } from './lib/bundleSize.mjs';
import { benchHtml, bundleForBrowser, launchChromium, measureUntilQuiet, servePages } from './lib/chromium.mjs';

const RUNS = 5;
const RELEASES = 1000;
const NOW = '2026-03-15';

const rbcImports = `
import { Calendar, dateFnsLocalizer } from 'react-big-calendar';
import 'react-big-calendar/lib/css/react-big-calendar.css';
import { format, getDay, parse, startOfWeek } from 'date-fns';
import { enUS } from 'date-fns/locale/en-US';
const localizer = dateFnsLocalizer({ format, parse, startOfWeek, getDay, locales: { 'en-US': enUS } });
`;

function oursImports(root, sheet) {
  // What \`roadmap-kit\` and \`roadmap-kit/<sheet>\` resolve to through the exports map, by path:
  // the bench helpers' alias maps the bare name to the package folder, which has no "main" to follow.
  return `import { ReleaseCalendar } from ${JSON.stringify(join(root, 'dist/index.js'))};\nimport ${JSON.stringify(join(root, 'dist', sheet))};\n`;
}

// 1,000 single-day releases over one year from January 2026: about 80 in the month shown.
const dataCode = `
const STATUSES = ['done', 'done', 'in-progress', 'planned', 'planned', 'deferred', 'cancelled'];
function isoDay(n) { return new Date(Date.UTC(2026, 0, 1) + n * 86400000).toISOString().slice(0, 10); }
const phases = Array.from({ length: ${RELEASES} }, (_, i) => {
  const day = isoDay(Math.floor((i * 365) / ${RELEASES}));
  return { id: 'r' + i, title: 'Release train ' + (i + 1), version: 'v' + (Math.floor(i / 10) + 1) + '.' + (i % 10) + '.0',
    status: STATUSES[i % 7], when: { start: day, end: day, precision: 'day' }, groups: [], metrics: [] };
});
const roadmap = { title: 'Bench', phases, metrics: [], cadences: [] };
const events = phases.map((p) => { const [y, m, d] = p.when.start.split('-').map(Number);
  return { title: p.version + ' ' + p.title, start: new Date(y, m - 1, d), end: new Date(y, m - 1, d), allDay: true }; });
`;

function pageCode(imports, element) {
  return `
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
${imports}
${dataCode}
window.bench = {
  mount() { const root = createRoot(document.getElementById('root')); flushSync(() => root.render(${element})); },
};
`;
}

const oursElement = `<ReleaseCalendar roadmap={roadmap} now="${NOW}" />`;
const rbcElement = `<div style={{ height: 900 }}><Calendar localizer={localizer} events={events} defaultDate={new Date(2026, 2, 15)} defaultView="month" views={['month']} /></div>`;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function timeLibrary(browser, origin, path, nextSelector) {
  const mounts = [];
  const changes = [];
  let domElements = 0;
  for (let run = 0; run < RUNS; run += 1) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    const errors = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(`${origin}${path}`);
    const mount = await measureUntilQuiet(page, () => page.evaluate(() => window.bench.mount()));
    const change = await measureUntilQuiet(page, () => page.click(nextSelector));
    mounts.push(mount.mainThreadMs);
    changes.push(change.mainThreadMs);
    domElements = mount.domElements;
    await page.close();
    if (errors.length > 0) throw new Error(`${path}: console output\n${errors.join('\n')}`);
  }
  return { mountMs: median(mounts), changeMonthMs: median(changes), mountRunsMs: mounts, changeMonthRunsMs: changes, domElements };
}

export async function run({ root }) {
  // The headline is the calendar's own sheet, what a host that shows only the calendar imports; the
  // whole stylesheet is measured too, for hosts using several components.
  const oursSize = (sheet) => measureBundle({ root, code: `${oursImports(root, sheet)}export { ReleaseCalendar };` });
  const withReleaseCalendarCss = await oursSize('styles/release-calendar.css');
  const withStylesCss = await oursSize('styles.css');
  const rbcSize = await measureBundle({ root, code: `${rbcImports}export { Calendar, localizer };` });

  const ours = await bundleForBrowser({ root, code: pageCode(oursImports(root, 'styles.css'), oursElement) });
  const rbc = await bundleForBrowser({ root, code: pageCode(rbcImports, rbcElement) });
  const server = await servePages({
    '/ours': { type: 'text/html', body: benchHtml(ours) },
    '/rbc': { type: 'text/html', body: benchHtml(rbc) },
  });
  const browser = await launchChromium();
  try {
    // Alternate libraries so neither gets a warmer machine.
    const oursTime = await timeLibrary(browser, server.origin, '/ours', 'button[aria-label="Next month"]');
    const rbcTime = await timeLibrary(browser, server.origin, '/rbc', '.rbc-btn-group button:nth-child(3)');
    // Three decimals, as the Timeline bench: a ratio at the 0.5 target must not round onto it.
    const round = (value) => Math.round(value * 1000) / 1000;
    return {
      releases: RELEASES,
      runs: RUNS,
      size: {
        releaseCalendarWithReleaseCalendarCss: withReleaseCalendarCss,
        releaseCalendarWithStylesCss: withStylesCss,
        reactBigCalendar: rbcSize,
        ratio: round(withReleaseCalendarCss.gzipBytes / rbcSize.gzipBytes),
        ratioWithStylesCss: round(withStylesCss.gzipBytes / rbcSize.gzipBytes),
        target: 'ratio <= 0.5',
      },
      time: {
        releaseCalendar: oursTime,
        reactBigCalendar: rbcTime,
        mountRatio: round(oursTime.mountMs / rbcTime.mountMs),
        changeMonthRatio: round(oursTime.changeMonthMs / rbcTime.changeMonthMs),
        target: 'ratios <= 1',
      },
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
