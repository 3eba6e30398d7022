// Hosts 1 and 3: the same client-only Vite app (apps/vite-client) built against React 19 and
// against React 18.3, opened in Chromium, looked at and driven from the keyboard.
import { join } from 'node:path';
import { expectNoProblems, openWatched, serveDirectory } from './browser.mjs';
import { expectRoadmapShown, hostChecks, searchFiltersRoadmap, tabIntoCalendar, viteBuild } from './hostSteps.mjs';

/**
 * @param {{ host: string, folder: string, browser: import('playwright-core').Browser, modes: string[] }} options
 *   `folder` holds the host's node_modules; one build and one page per Vite `mode`.
 * @param {{ name: string, ok: boolean, detail?: string }[]} results
 */
export async function viteClientHost({ host, folder, browser, modes }, results) {
  const check = hostChecks(host, results);
  const app = join(folder, 'vite-client');
  for (const mode of modes) {
    const label = modes.length > 1 ? `${mode} build: ` : '';
    if (!(await check(`${label}vite build`, () => viteBuild(app, mode)))) continue;
    const server = await serveDirectory(join(app, 'dist'));
    const opened = await openWatched(browser, `${server.origin}/`);
    try {
      await check(`${label}shows the RoadmapView (heading, overall progress, Timeline list, PhaseCards, calendar grid) with its styles`, () =>
        expectRoadmapShown(opened.page),
      );
      await check(`${label}the search box filters the Timeline and the PhaseCards`, () => searchFiltersRoadmap(opened.page));
      await check(`${label}keyboard: Tab into the calendar grid, ArrowRight moves focus and opens the tooltip`, () => tabIntoCalendar(opened.page));
      await check(`${label}no console error or warning, no failed request`, () => expectNoProblems(opened.problems));
    } finally {
      await opened.close();
      await server.close();
    }
  }
}
