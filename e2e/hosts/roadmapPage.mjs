// What a reader of the host page (apps/shared/App.tsx) sees and does, as Playwright assertions.
import { expect } from '@playwright/test';

/** Waits two frames: a scroll or media change the browser dispatches on a later frame has landed. */
export function twoFrames(page) {
  return page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** The `data-date` of the focused element, if any. */
export function focusedDate(page) {
  return page.evaluate(() => document.activeElement?.getAttribute('data-date') ?? document.activeElement?.tagName);
}

/** Presses Tab from the top of the page until a calendar day has focus. */
export async function tabToGrid(page) {
  for (let presses = 1; presses <= 40; presses += 1) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate(() => document.activeElement?.getAttribute('role'))) === 'gridcell') return presses;
  }
  throw new Error('40 Tabs never reached the calendar grid');
}

/**
 * RoadmapView's heading and overall progress, the Timeline list, one PhaseCard per phase, the three
 * statuses as badges, the month grid, and the host's validation line.
 */
export async function expectRoadmapShown(page) {
  await expect(page.getByRole('heading', { level: 1, name: 'Host App Roadmap' })).toBeVisible({ timeout: 10_000 });
  await expect(page.getByText('3 phases, valid')).toBeVisible();
  const progress = page.getByRole('progressbar', { name: 'Overall progress' });
  await expect(progress).toHaveAttribute('aria-valuenow', '50');
  await expect(progress).toHaveAttribute('aria-valuetext', '2 of 4 done');
  await expectPhasesShown(page, 3);
  const badges = page.locator('.rk-status-badge');
  for (const status of ['Done', 'In progress', 'Planned']) await expect(badges.filter({ hasText: status }).first()).toBeVisible();
  await expect(page.getByRole('grid', { name: 'March 2026' })).toHaveCount(1);
  await expect(badges.first()).toHaveCSS('border-top-left-radius', '999px');
}

/** The Timeline list and the PhaseCards show `count` phases each. */
async function expectPhasesShown(page, count) {
  await expect(page.getByRole('list', { name: 'Host App Roadmap timeline' }).locator(':scope > li')).toHaveCount(count);
  await expect(page.getByRole('article')).toHaveCount(count);
}

/** Searching an item of one phase narrows the Timeline and the PhaseCards to it; clearing brings all back. */
export async function searchFiltersRoadmap(page) {
  const search = page.getByRole('searchbox', { name: 'Search the roadmap' });
  await search.fill('Roles');
  await expect(page.getByText('1 of 3 phases shown')).toBeVisible();
  await expectPhasesShown(page, 1);
  await expect(page.getByRole('heading', { name: 'v2.0.0 Teams' })).toBeVisible();
  await search.fill('');
  await expect(page.getByText('3 of 3 phases shown')).toBeVisible();
  await expectPhasesShown(page, 3);
}

/** Tab from the top of the page lands on today (15 March) in the grid; then `arrowToRelease`. */
export async function tabIntoCalendar(page) {
  await tabToGrid(page);
  expect(await focusedDate(page), 'focused day after Tab').toBe('2026-03-15');
  await arrowToRelease(page);
}

/** ArrowRight from 15 to 16 March: focus moves, and the release of that day shows in a tooltip. */
export async function arrowToRelease(page) {
  // Focusing the 15th scrolled it into view; the browser dispatches that scroll on a later frame, and
  // Radix closes an open tooltip whose trigger scrolls. A person reads the page before pressing the
  // next key: wait two frames so the scroll lands first, or the new tooltip opens and closes at once.
  await twoFrames(page);
  await page.keyboard.press('ArrowRight');
  // A day that has to scroll into view takes focus a frame later (focusScrollingFirst): allow it.
  await expect.poll(() => focusedDate(page), { message: 'focused day after ArrowRight', timeout: 2_000 }).toBe('2026-03-16');
  const tooltip = page.getByRole('tooltip').first();
  await expect(tooltip).toContainText('v1.1.0');
  await expect(tooltip).toContainText('Sharing');
}
