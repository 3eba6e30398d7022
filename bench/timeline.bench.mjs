// Timeline (at its defaults: the axis on a 1280 px page; and the vertical list) vs react-chrono (mode VERTICAL) vs a plain React <ol>, one Chromium run:
// main-thread ms until quiet after mount and after a re-render where every entry changed, DOM
// elements and JS heap at 100, 1,000 and 10,000 entries (every item its own phase), plus the
// gzipped size of each import as a host bundles it (the Timeline with its own stylesheet, and with
// the whole styles.css). Ratios are Timeline / react-chrono.
import { join } from 'node:path';
import { measureBundle } from './lib/bundleSize.mjs';
import { benchHtml, bundleForBrowser, launchChromium, measureUntilQuiet, servePages } from './lib/chromium.mjs';

// TIMELINE_BENCH_SIZES / TIMELINE_BENCH_KINDS (comma-separated) narrow a run while profiling; the
// ratios need every kind, so a narrowed run reports them only where its kinds allow.
function fromEnv(name, all) {
  const wanted = process.env[name]?.split(',').map((value) => value.trim());
  return wanted ? all.filter((value) => wanted.includes(String(value))) : all;
}
const SIZES = fromEnv('TIMELINE_BENCH_SIZES', [100, 1000, 10000]);
// `timeline` is what a host gets with no orientation on a 1280 px page (the axis); `timelineVertical` the list.
const KINDS = fromEnv('TIMELINE_BENCH_KINDS', ['timeline', 'timelineVertical', 'chrono', 'plainList']);
// react-chrono at 10,000 entries can take minutes; the wait is capped and the result says so.
const TIMEOUT_MS = { timeline: 60_000, timelineVertical: 60_000, chrono: 90_000, plainList: 60_000 };

function pageCode(root) {
  return `
import { createRoot } from 'react-dom/client';
import { Chrono } from 'react-chrono';
import 'react-chrono/dist/style.css';
import { Timeline } from ${JSON.stringify(join(root, 'dist/index.js'))};
import ${JSON.stringify(join(root, 'dist/styles.css'))};
import { generateRoadmap } from ${JSON.stringify(join(root, 'src/examples/generateRoadmap.ts'))};

// One item per phase (itemsPerPhase = 1) so every library draws the same entries.
function roadmapOf(count, revision) {
  const roadmap = generateRoadmap(count, 1);
  if (revision === 0) return roadmap;
  const statuses = ['planned', 'in-progress', 'done'];
  return { ...roadmap, phases: roadmap.phases.map((phase, index) => ({
    ...phase,
    title: phase.title + ' (revision ' + revision + ')',
    status: statuses[(index + revision) % 3],
    groups: phase.groups.map((group) => ({ ...group, items: group.items.map((item) => ({ ...item, status: statuses[(index + revision) % 3] })) })),
  })) };
}

function progressText(phase) {
  const items = phase.groups.flatMap((group) => group.items);
  const done = items.filter((item) => item.status === 'done').length;
  return done + ' of ' + items.length + ' done';
}

function PlainList({ roadmap }) {
  return (
    <ol>
      {roadmap.phases.map((phase) => (
        <li key={phase.id}>
          <strong>{phase.version} {phase.title}</strong> <span>{phase.when ? phase.when.start + ' – ' + phase.when.end : 'Unscheduled'}</span>{' '}
          <span>{phase.status}</span> <span>{progressText(phase)}</span>
        </li>
      ))}
    </ol>
  );
}

function chronoItems(roadmap) {
  return roadmap.phases.map((phase) => ({
    title: phase.when ? phase.when.start : 'Unscheduled',
    cardTitle: phase.version + ' ' + phase.title,
    cardSubtitle: phase.status,
    cardDetailedText: progressText(phase),
  }));
}

function App({ kind, data }) {
  if (kind === 'timeline') return <Timeline roadmap={data} now="2026-03-15" />;
  if (kind === 'timelineVertical') return <Timeline roadmap={data} orientation="vertical" now="2026-03-15" />;
  if (kind === 'chrono') return <div style={{ height: '900px' }}><Chrono items={data} mode="VERTICAL" /></div>;
  return <PlainList roadmap={data} />;
}

let root;
let state;
// Data is built before each measured step: a host already holds its roadmap, so only rendering counts.
window.bench = {
  prepare(kind, count) {
    const roadmaps = [roadmapOf(count, 0), roadmapOf(count, 1)];
    state = { kind, count, step: 0, data: kind === 'chrono' ? roadmaps.map(chronoItems) : roadmaps };
  },
  mount() {
    root = createRoot(document.getElementById('root'));
    root.render(<App kind={state.kind} data={state.data[0]} />);
  },
  update() {
    root.render(<App kind={state.kind} data={state.data[1]} />);
  },
};
`;
}

// Whether a reader gets to the last phase: End from the tab stop moves focus there, and scrolling
// the timeline (or the page, when the list is not virtualised) to its end brings it into the DOM.
async function reachLastPhase(page, count) {
  const last = `Release train ${count} (revision 1)`;
  await page.evaluate(() => {
    const viewport = document.querySelector('.rk-timeline__viewport');
    viewport.scrollTop = viewport.scrollHeight;
    window.scrollTo(0, document.documentElement.scrollHeight);
  });
  await page.waitForTimeout(300);
  const byScroll = await page.evaluate((title) => {
    const phase = [...document.querySelectorAll('.rk-timeline__phase')].find((element) => element.textContent.includes(title));
    if (!phase) return false;
    const box = phase.getBoundingClientRect();
    return box.bottom > 0 && box.top < window.innerHeight;
  }, last);
  await page.locator('.rk-timeline__phase[tabindex="0"]').focus();
  await page.keyboard.press('End');
  await page.waitForTimeout(300);
  const byEnd = await page.evaluate((title) => document.activeElement?.textContent?.includes(title) ?? false, last);
  return { byEnd, byScroll, domElements: await page.evaluate(() => document.getElementsByTagName('*').length) };
}

async function measureCase(browser, origin, kind, count) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(`${origin}/`);
  await page.evaluate(({ kind, count }) => window.bench.prepare(kind, count), { kind, count });
  const timeoutMs = TIMEOUT_MS[kind];
  let started = Date.now();
  const mount = await measureUntilQuiet(page, () => page.evaluate(() => window.bench.mount()), { timeoutMs });
  const mountTimedOut = Date.now() - started >= timeoutMs;
  started = Date.now();
  const update = await measureUntilQuiet(page, () => page.evaluate(() => window.bench.update()), { timeoutMs });
  const updateTimedOut = Date.now() - started >= timeoutMs;
  const reach = kind.startsWith('timeline') ? await reachLastPhase(page, count) : undefined;
  await page.close();
  return { mount: { ...mount, timedOut: mountTimedOut }, update: { ...update, timedOut: updateTimedOut }, reach, errors };
}

const ratio = (a, b) => (a !== undefined && b > 0 ? Math.round((a / b) * 1000) / 1000 : null);

export async function run({ root }) {
  const bundle = await bundleForBrowser({ root, code: pageCode(root) });
  const server = await servePages({ '/': { type: 'text/html', body: benchHtml(bundle) } });
  const browser = await launchChromium();
  const results = {};
  try {
    for (const count of SIZES) {
      results[count] = {};
      for (const kind of KINDS) {
        process.stderr.write(`  timeline bench: ${kind} × ${count}…\n`);
        results[count][kind] = await measureCase(browser, server.origin, kind, count);
      }
      const { timeline, timelineVertical, chrono, plainList } = results[count];
      results[count].ratios = {
        mountTimelineOverChrono: ratio(timeline?.mount.mainThreadMs, chrono?.mount.mainThreadMs),
        updateTimelineOverChrono: ratio(timeline?.update.mainThreadMs, chrono?.update.mainThreadMs),
        mountTimelineOverPlainList: ratio(timeline?.mount.mainThreadMs, plainList?.mount.mainThreadMs),
        updateTimelineOverPlainList: ratio(timeline?.update.mainThreadMs, plainList?.update.mainThreadMs),
        mountVerticalOverChrono: ratio(timelineVertical?.mount.mainThreadMs, chrono?.mount.mainThreadMs),
        mountVerticalOverPlainList: ratio(timelineVertical?.mount.mainThreadMs, plainList?.mount.mainThreadMs),
        domTimelineOverChrono: ratio(timeline?.mount.domElements, chrono?.mount.domElements),
        heapTimelineOverChrono: ratio(timeline?.mount.jsHeapBytes, chrono?.mount.jsHeapBytes),
      };
    }
  } finally {
    await browser.close();
    await server.close();
  }

  // The built entry and stylesheets by path: what `roadmap-kit`, `roadmap-kit/styles/timeline.css` and
  // `roadmap-kit/styles.css` resolve to through the exports map (esbuild's `alias` cannot resolve a
  // package directory without `main`). The headline is the Timeline's own sheet, what a host that
  // shows only the Timeline imports; the whole stylesheet is measured too, for hosts using several components.
  const dist = (file) => JSON.stringify(join(root, 'dist', file));
  const timelineWith = (sheet) => measureBundle({ root, code: `import { Timeline } from ${dist('index.js')}; import ${dist(sheet)}; export { Timeline };` });
  const timelineWithTimelineCss = await timelineWith('styles/timeline.css');
  const timelineWithStylesCss = await timelineWith('styles.css');
  const chronoSize = await measureBundle({ root, code: "import { Chrono } from 'react-chrono'; import 'react-chrono/dist/style.css'; export { Chrono };" });
  return {
    note: 'mainThreadMs is CDP TaskDuration from the action until 300 ms pass with < 2 ms of new work; react-chrono waits are capped (timedOut says when the cap was hit).',
    cases: results,
    bundle: {
      timelineWithTimelineCss,
      timelineWithStylesCss,
      chrono: chronoSize,
      gzipTimelineOverChrono: ratio(timelineWithTimelineCss.gzipBytes, chronoSize.gzipBytes),
      gzipTimelineWithStylesCssOverChrono: ratio(timelineWithStylesCss.gzipBytes, chronoSize.gzipBytes),
    },
  };
}
