// The client-only Vite app (apps/vite-client) built against React 19, and against React 18.3 both as
// a production and a development build (React 18.3 logs its own deprecation warnings only in
// development), opened in Chromium, looked at and driven from the keyboard, one check after another
// on one visit, as a reader would. The page must log no console error or warning and make no
// failed request.
import { expect, pageOnDemand, test } from '../fixtures.mjs';
import { hostFolder, previewServer, serverOnDemand, viteBuild } from './hostEnv.mjs';
import { expectRoadmapShown, searchFiltersRoadmap, tabIntoCalendar } from './roadmapPage.mjs';

for (const [install, react, modes] of [
  ['react-19', 'react 19', ['production']],
  ['react-18', 'react 18.3', ['production', 'development']],
]) {
  for (const mode of modes) {
    test.describe(`vite + ${react} host, ${mode} build`, () => {
      const app = hostFolder(install, 'vite-client');
      const served = serverOnDemand(() => previewServer(app, mode === 'production' ? 'dist' : `dist-${mode}`));
      const visit = pageOnDemand(async () => ({ url: (await served()).origin }));

      test('vite build', () => viteBuild(app, mode));

      test('shows the RoadmapView (heading, overall progress, Timeline list, PhaseCards, calendar grid) with its styles', async ({ browser }) => {
        const { page, problems } = await visit(browser);
        await expectRoadmapShown(page);
        expect(problems.splice(0)).toEqual([]);
      });

      test('the search box filters the Timeline and the PhaseCards', async ({ browser }) => {
        const { page, problems } = await visit(browser);
        await searchFiltersRoadmap(page);
        expect(problems.splice(0)).toEqual([]);
      });

      test('keyboard: Tab into the calendar grid, ArrowRight moves focus and opens the tooltip', async ({ browser }) => {
        const { page, problems } = await visit(browser);
        await tabIntoCalendar(page);
        expect(problems.splice(0)).toEqual([]);
      });
    });
  }
}
