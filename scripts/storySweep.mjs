// Opens every story of the static Storybook (storybook-static/) in Chromium at a 360 px phone
// width, in the light and the dark scheme, and fails a story on any console error or warning, any
// axe violation (WCAG 2.1 A/AA + best practice), or a page that scrolls sideways.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../bench/lib/chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const staticDir = join(root, 'storybook-static');
const axeSource = readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');
export const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.png': 'image/png' };
const SCHEMES = ['light', 'dark'];
// Page-level rules do not apply to isolated components (DESIGN.md, Quality gates).
const AXE_OPTIONS = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
  rules: { region: { enabled: false }, 'landmark-one-main': { enabled: false }, 'page-has-heading-one': { enabled: false } },
};

/** Serves `storybook-static/` on a free local port. */
export function serve() {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname)).replace(/^(\.\.[/\\])+/, '');
    try {
      const body = readFileSync(join(staticDir, path.endsWith('/') ? `${path}index.html` : path));
      response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(path === '/favicon.ico' ? 204 : 404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/**
 * Serves the static Storybook, launches Chromium, runs `use(browser, origin)` and closes both.
 * @template T @param {(browser: import('playwright-core').Browser, origin: string) => Promise<T>} use @returns {Promise<T>}
 */
export async function withStorybook(use) {
  const server = await serve();
  const browser = await launchChromium();
  try {
    return await use(browser, `http://127.0.0.1:${server.address().port}`);
  } finally {
    await browser.close();
    server.close();
  }
}

/** Prints each result of a check run from the command line and sets the exit code. */
export function reportFromCli(results) {
  for (const result of results) console.log(`${result.ok ? '✓' : '✗'} ${result.name}${result.detail ? ` — ${result.detail}` : ''}`);
  process.exitCode = results.every((r) => r.ok) ? 0 : 1;
}

/**
 * One preview page per colour scheme: stories are switched through Storybook's own channel, so the
 * 1 MB preview bundle is parsed once instead of once per story. The scheme comes from the URL:
 * changing globals on a live page would re-render the previous story and blame its output on the next.
 */
async function openPreview(context, origin, problems, scheme, firstStory) {
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console.${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  // The preview reads URL globals only together with a story id.
  await page.goto(`${origin}/iframe.html?id=${firstStory.id}&viewMode=story&globals=scheme:${scheme}`, { timeout: 60_000 });
  await page.waitForFunction(() => globalThis.__STORYBOOK_ADDONS_CHANNEL__ && globalThis.__STORYBOOK_PREVIEW__, undefined, { timeout: 60_000 });
  await page.addScriptTag({ content: axeSource });
  return page;
}

async function sweepStory(page, problems, story, scheme) {
  problems.length = 0;
  try {
    await page.evaluate(
      (id) => globalThis.__STORYBOOK_ADDONS_CHANNEL__.emit('setCurrentStory', { storyId: id, viewMode: 'story' }),
      story.id,
    );
    await page.waitForFunction(
      ({ id, scheme }) => {
        const preview = globalThis.__STORYBOOK_PREVIEW__;
        const render = preview?.currentRender;
        const themed = document.querySelector('.rk-theme-provider')?.getAttribute('data-color-scheme') === scheme;
        return render?.id === id && themed && ['finished', 'completed', 'errored', 'aborted', 'played'].includes(render.phase);
      },
      { id: story.id, scheme },
      { timeout: 30_000 },
    );
    const phase = await page.evaluate(() => globalThis.__STORYBOOK_PREVIEW__.currentRender.phase);
    if (phase === 'errored' || phase === 'aborted') problems.push(`story ${phase}`);
    const violations = await page.evaluate(
      (options) => globalThis.axe.run({ include: [document.body], exclude: ['.sb-wrapper', '#storybook-docs', '#storybook-highlights-root'] }, options).then((r) => r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}× e.g. ${v.nodes[0]?.target})`)),
      AXE_OPTIONS,
    );
    problems.push(...violations.map((v) => `axe ${v}`));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if (overflow > 0) problems.push(`scrolls sideways by ${overflow}px at 360px`);
  } catch (error) {
    problems.push(`could not render: ${error.message.split('\n')[0]}`);
  }
  return [...problems];
}

/** @returns {Promise<{ name: string, ok: boolean, detail?: string }[]>} */
export async function storySweep() {
  const index = JSON.parse(readFileSync(join(staticDir, 'index.json'), 'utf8'));
  const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
  return withStorybook(async (browser, origin) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 800 }, reducedMotion: 'reduce' });
    const results = [];
    const problems = [];
    for (const scheme of SCHEMES) {
      const page = await openPreview(context, origin, problems, scheme, stories[0]);
      for (const story of stories) {
        const found = await sweepStory(page, problems, story, scheme);
        results.push({ name: `${story.title} › ${story.name} (${scheme}, 360px)`, ok: found.length === 0, detail: found.join('; ') || undefined });
      }
      await page.close();
    }
    return results;
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const results = await storySweep();
  for (const result of results) if (!result.ok) console.log(`✗ ${result.name}: ${result.detail}`);
  console.log(`${results.filter((r) => r.ok).length} of ${results.length} story renders clean`);
  process.exitCode = results.every((r) => r.ok) ? 0 : 1;
}
