// Every component's docs page in the static Storybook (storybook-static/) lists its props: opens each
// `components-*--docs` page in Chromium and reads the props table (react-docgen). A page fails when a
// common prop is missing (they come from another file, which react-docgen only follows through a plain
// `extends` of an imported interface), when a prop has no TSDoc description, or when a prop the
// component's interface declares is not in the table.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { reportFromCli, withStorybook } from './storySweep.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const COMMON = ['theme', 'className', 'classNames', 'unstyled', 'style', 'now', 'locale', 'labels'];
/** Props each component declares beyond the common ones (DESIGN.md), at least. */
const DECLARED = {
  statusbadge: ['status'],
  phasecard: ['phase', 'headingLevel', 'open', 'defaultOpen', 'onOpenChange', 'show', 'renderItem'],
  metricgauge: ['metric', 'current', 'variant'],
  timeline: ['roadmap', 'orientation', 'zoom', 'defaultZoom', 'onZoomChange', 'onSelectPhase', 'renderPhase'],
  releasecalendar: ['roadmap', 'month', 'defaultMonth', 'onMonthChange', 'view', 'defaultView', 'onViewChange', 'weekStartsOn', 'showProjected', 'projectionHorizon', 'dir', 'onSelectRelease'],
  roadmapview: ['roadmap', 'layout', 'defaultLayout', 'onLayoutChange', 'filter', 'defaultFilter', 'onFilterChange', 'parts', 'headingLevel'],
};

/** @returns {Promise<{ name: string, ok: boolean, detail?: string }[]>} */
export async function docsPropsCheck() {
  const index = JSON.parse(readFileSync(join(root, 'storybook-static/index.json'), 'utf8'));
  const pages = Object.values(index.entries).filter((entry) => entry.type === 'docs' && entry.id.startsWith('components-'));
  return withStorybook(async (browser, origin) => {
    const page = await browser.newPage();
    const results = [];
    for (const docs of pages) {
      const problems = [];
      let rows = [];
      try {
        await page.goto(`${origin}/iframe.html?id=${docs.id}&viewMode=docs`, { timeout: 60_000 });
        await page.waitForSelector('.docblock-argstable tbody tr', { timeout: 30_000 });
        // The first table is the component's (later ones belong to stories shown on the page).
        rows = await page.$eval('.docblock-argstable', (table) =>
          // Direct rows only: a prop's JSDoc tags (`@deprecated`) render as a table nested in its cell.
          [...table.querySelectorAll(':scope > tbody > tr')].map((row) => {
            const cells = row.querySelectorAll('td');
            // The second cell holds the description block, then the type block; an undocumented prop has only the type.
            const blocks = cells[1]?.children ?? [];
            return { name: cells[0]?.textContent?.replace(/\*$/, '').trim() ?? '', description: blocks.length >= 2 ? (blocks[0]?.textContent?.trim() ?? '') : '' };
          }),
        );
      } catch (error) {
        problems.push(`no props table: ${error.message.split('\n')[0]}`);
      }
      const names = rows.map((row) => row.name);
      const component = docs.id.replace(/^components-/, '').replace(/--docs$/, '');
      const missing = [...COMMON, ...(DECLARED[component] ?? [])].filter((name) => !names.includes(name));
      if (rows.length > 0 && missing.length > 0) problems.push(`props missing from the table: ${missing.join(', ')}`);
      const undocumented = rows.filter((row) => row.description === '').map((row) => row.name);
      if (undocumented.length > 0) problems.push(`props without a description: ${undocumented.join(', ')}`);
      results.push({ name: `docs page ${docs.title}`, ok: problems.length === 0, detail: problems.join('; ') || `${rows.length} props, each described` });
    }
    return results;
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) reportFromCli(await docsPropsCheck());
