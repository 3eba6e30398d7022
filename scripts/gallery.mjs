// `npm run gallery`: the README's component gallery. Opens chosen stories of the static Storybook
// (run `npm run build-storybook` first) in Chromium and saves a PNG of each into docs/gallery/.
// These are documentation images, made on purpose and committed; no test writes or reads them.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';
import { launchChromium } from '../bench/lib/chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const galleryDir = join(root, 'docs/gallery');

/** What the README shows: story, file, colour scheme, and how much of a tall page to keep. */
const SHOTS = [
  { id: 'examples--releases-by-quarter', file: 'roadmap-view.png', scheme: 'light', width: 1100, maxHeight: 1300 },
  { id: 'components-roadmapview--dark-scheme', file: 'roadmap-view-dark.png', scheme: 'dark', width: 1100, maxHeight: 900 },
  { id: 'components-roadmapview--table-layout', file: 'roadmap-view-table.png', scheme: 'light', width: 1100, maxHeight: 700 },
  { id: 'components-roadmapview--undated-roadmap', file: 'roadmap-view-undated.png', scheme: 'light', width: 1100, maxHeight: 1300 },
  { id: 'components-metricgauge--narrow-cards', file: 'metric-gauges-narrow.png', scheme: 'light', width: 1300, maxHeight: 700 },
  { id: 'components-timeline--releases-by-quarter-horizontal', file: 'timeline-horizontal.png', scheme: 'light', width: 1100, maxHeight: 600 },
  { id: 'components-phasecard--with-metrics', file: 'phase-card.png', scheme: 'light', width: 640, maxHeight: 900 },
  { id: 'components-metricgauge--dashboard', file: 'metric-gauges.png', scheme: 'light', width: 1100, maxHeight: 700 },
  { id: 'components-releasecalendar--projected-month', file: 'release-calendar.png', scheme: 'light', width: 1100, maxHeight: 1000 },
];

async function shoot(browser, origin, shot) {
  const context = await browser.newContext({ viewport: { width: shot.width, height: 1000 }, reducedMotion: 'reduce', deviceScaleFactor: 1 });
  const page = await context.newPage();
  try {
    await page.goto(`${origin}/iframe.html?id=${shot.id}&viewMode=story&globals=scheme:${shot.scheme}`, { timeout: 60_000 });
    await page.waitForFunction(
      (id) => {
        const render = globalThis.__STORYBOOK_PREVIEW__?.currentRender;
        return render?.id === id && ['finished', 'completed', 'played'].includes(render.phase);
      },
      shot.id,
      { timeout: 30_000 },
    );
    await page.evaluate(() => document.fonts.ready);
    const box = await page.locator('#storybook-root').boundingBox();
    if (!box) throw new Error(`${shot.id} rendered nothing`);
    const path = join(galleryDir, shot.file);
    await page.screenshot({ path, clip: { x: 0, y: 0, width: shot.width, height: Math.min(box.y + box.height + 16, shot.maxHeight) }, fullPage: true });
    return path;
  } finally {
    await context.close();
  }
}

mkdirSync(galleryDir, { recursive: true });
// The static Storybook served by Vite's preview server on 127.0.0.1 at a free port.
const server = await preview({ root: join(root, 'storybook-static'), configFile: false, logLevel: 'silent', build: { outDir: '.' }, preview: { host: '127.0.0.1', port: 0 } });
const browser = await launchChromium();
try {
  const origin = server.resolvedUrls.local[0].replace(/\/$/, '');
  for (const shot of SHOTS) console.log(`✓ ${shot.id} → ${await shoot(browser, origin, shot)}`);
} finally {
  await browser.close();
  await server.close();
}
