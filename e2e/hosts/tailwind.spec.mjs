// A Vite app styled with Tailwind v4 (@tailwindcss/vite) that puts utilities on roadmap-kit
// components. With the documented layer order the utilities win and roadmap-kit still beats
// Tailwind's preflight. Two counter-example pages show what the order statement prevents: without
// it roadmap-kit beats the utilities; placed after roadmap-kit's CSS, preflight beats roadmap-kit.
import { expect, test } from '../fixtures.mjs';
import { hostFolder, previewServer, serverOnDemand, viteBuild } from './hostEnv.mjs';

const app = hostFolder('react-19', 'tailwind');

/** Computed styles of the overridden badge, the plain badge, the calendar caption and its buttons, on a clean page. */
async function stylesOf(page, problems, server, name) {
  await page.goto(`${server.origin}/${name}.html`);
  await page.locator('.rk-release-calendar__caption').first().waitFor();
  const styles = await page.evaluate(() => {
    const style = (selector) => {
      const element = document.querySelector(selector);
      if (!element) throw new Error(`no ${selector} on the page`);
      return getComputedStyle(element);
    };
    const badges = [...document.querySelectorAll('.rk-status-badge')].map((badge) => getComputedStyle(badge));
    const today = style('.rk-release-calendar__today-button');
    const viewProgress = style('.rk-roadmap-view__progress-track');
    return {
      overriddenPadding: badges[0]?.paddingTop,
      overriddenRadius: badges[0]?.borderTopLeftRadius,
      plainPadding: badges[1]?.paddingTop,
      plainRadius: badges[1]?.borderTopLeftRadius,
      captionSize: style('.rk-release-calendar__caption').fontSize,
      navPaddingLeft: style('.rk-release-calendar__nav-button').paddingLeft,
      todayBorder: `${today.borderTopWidth} ${today.borderTopStyle}`,
      todayPadding: today.paddingTop,
      mainBackground: style('main').backgroundColor,
      viewTitleSize: style('.rk-roadmap-view__title').fontSize,
      viewProgressRadius: viewProgress.borderTopLeftRadius,
      viewProgressBorder: `${viewProgress.borderTopWidth} ${viewProgress.borderTopStyle}`,
    };
  });
  expect(problems, `console and requests of ${name}.html`).toEqual([]);
  return styles;
}

test.describe('tailwind v4 host', () => {
  const served = serverOnDemand(() => previewServer(app));

  test('vite build with @tailwindcss/vite (four pages)', () => viteBuild(app));

  test('documented order: Tailwind utilities apply to the page (bg-slate-50) and win over roadmap-kit; roadmap-kit survives preflight', async ({ page, problems }) => {
    // Soft: each of these checks reports on its own.
    const documented = await stylesOf(page, problems, await served(), 'index');
    expect.soft(['rgba(0, 0, 0, 0)', 'transparent'], 'main background').not.toContain(documented.mainBackground);
    // <StatusBadge className="p-8 rounded-none">
    expect.soft(documented.overriddenPadding).toBe('32px');
    expect.soft(documented.overriddenRadius).toBe('0px');
    // classNames: caption text-3xl, navButton px-6
    expect.soft(documented.captionSize).toBe('30px');
    expect.soft(documented.navPaddingLeft).toBe('24px');
    // roadmap-kit styles elsewhere survive preflight (it resets borders and padding)
    expect.soft(documented.plainRadius).toBe('999px');
    expect.soft(documented.plainPadding).not.toBe('0px');
    expect.soft(documented.todayBorder).toBe('1px solid');
    expect.soft(documented.todayPadding).not.toBe('0px');
    // RoadmapView: a utility on a slot wins (title text-4xl), its own styles survive preflight
    expect.soft(documented.viewTitleSize).toBe('36px');
    expect.soft(documented.viewProgressRadius).toBe('999px');
    expect.soft(documented.viewProgressBorder).toBe('1px solid');
  });

  test('plain @import "roadmap-kit/styles.css" after the layer order: utilities win too', async ({ page, problems }) => {
    const plain = await stylesOf(page, problems, await served(), 'plain');
    expect(plain.overriddenPadding).toBe('32px');
    expect(plain.plainRadius).toBe('999px');
  });

  test('counter-example without the layer order: roadmap-kit wins over utilities', async ({ page, problems }) => {
    const unordered = await stylesOf(page, problems, await served(), 'unordered');
    expect(unordered.overriddenRadius).toBe('999px');
    expect(unordered.overriddenPadding).toBe(unordered.plainPadding);
    expect(unordered.viewTitleSize, "RoadmapView title with text-4xl keeps roadmap-kit's 1.75rem").toBe('28px');
  });

  test('counter-example with roadmap-kit CSS imported from JS before the layer order: preflight strips roadmap-kit', async ({ page, problems }) => {
    const jsFirst = await stylesOf(page, problems, await served(), 'jsfirst');
    expect(jsFirst.todayBorder).toBe('0px solid');
    expect(jsFirst.todayPadding).toBe('0px');
  });
});
