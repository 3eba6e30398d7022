// Host 4: a Vite app styled with Tailwind v4 (@tailwindcss/vite) that puts utilities on roadmap-kit
// components. With the documented layer order the utilities win and roadmap-kit still beats
// Tailwind's preflight. Two counter-example pages show what the order statement prevents: without
// it roadmap-kit beats the utilities; placed after roadmap-kit's CSS, preflight beats roadmap-kit.
import { join } from 'node:path';
import { expectEqual, expectNoProblems, openWatched, serveDirectory } from './browser.mjs';
import { hostChecks, viteBuild } from './hostSteps.mjs';

/** Computed styles of the overridden badge, the plain badge, the calendar caption and its buttons. */
function readStyles(page) {
  return page.evaluate(() => {
    const style = (selector) => {
      const element = document.querySelector(selector);
      if (!element) throw new Error(`no ${selector} on the page`);
      return getComputedStyle(element);
    };
    const badges = [...document.querySelectorAll('.rk-status-badge')].map((badge) => getComputedStyle(badge));
    const caption = style('.rk-release-calendar__caption');
    const nav = style('.rk-release-calendar__nav-button');
    const today = style('.rk-release-calendar__today-button');
    const viewTitle = style('.rk-roadmap-view__title');
    const viewProgress = style('.rk-roadmap-view__progress-track');
    return {
      overriddenPadding: badges[0]?.paddingTop,
      overriddenRadius: badges[0]?.borderTopLeftRadius,
      plainPadding: badges[1]?.paddingTop,
      plainRadius: badges[1]?.borderTopLeftRadius,
      captionSize: caption.fontSize,
      navPaddingLeft: nav.paddingLeft,
      todayBorder: `${today.borderTopWidth} ${today.borderTopStyle}`,
      todayPadding: today.paddingTop,
      mainBackground: style('main').backgroundColor,
      viewTitleSize: viewTitle.fontSize,
      viewProgressRadius: viewProgress.borderTopLeftRadius,
      viewProgressBorder: `${viewProgress.borderTopWidth} ${viewProgress.borderTopStyle}`,
    };
  });
}

/**
 * @param {{ host: string, folder: string, browser: import('playwright-core').Browser }} options
 * @param {{ name: string, ok: boolean, detail?: string }[]} results
 */
export async function tailwindHost({ host, folder, browser }, results) {
  const check = hostChecks(host, results);
  const app = join(folder, 'tailwind');
  if (!(await check('vite build with @tailwindcss/vite (four pages)', () => viteBuild(app)))) return;
  const server = await serveDirectory(join(app, 'dist'));
  /** @type {string[]} */
  const problems = [];
  const open = async (page) => {
    const opened = await openWatched(browser, `${server.origin}/${page}.html`);
    await opened.page.locator('.rk-release-calendar__caption').first().waitFor({ timeout: 10_000 });
    const styles = await readStyles(opened.page);
    problems.push(...opened.problems.map((problem) => `${page}.html: ${problem}`));
    await opened.close();
    return styles;
  };
  try {
    const documented = await open('index');
    await check('Tailwind utilities apply to the host page (bg-slate-50)', () => {
      if (['rgba(0, 0, 0, 0)', 'transparent'].includes(documented.mainBackground)) throw new Error(`main background is ${documented.mainBackground}`);
      return documented.mainBackground;
    });
    await check('host utility overrides roadmap-kit: p-8 and rounded-none on StatusBadge', () => {
      expectEqual('padding-top of <StatusBadge className="p-8 rounded-none">', documented.overriddenPadding, '32px');
      expectEqual('border-radius of <StatusBadge className="p-8 rounded-none">', documented.overriddenRadius, '0px');
      return 'padding 32px, radius 0px';
    });
    await check('host utility overrides roadmap-kit through classNames (caption text-3xl, navButton px-6)', () => {
      expectEqual('caption font-size (text-3xl)', documented.captionSize, '30px');
      expectEqual('nav button padding-left (px-6)', documented.navPaddingLeft, '24px');
      return 'caption 30px, nav padding 24px';
    });
    await check('roadmap-kit styles still apply elsewhere and survive preflight', () => {
      expectEqual('plain StatusBadge border-radius', documented.plainRadius, '999px');
      if (documented.plainPadding === '0px') throw new Error('plain StatusBadge lost its padding to preflight');
      expectEqual('today button border (preflight resets it to 0)', documented.todayBorder, '1px solid');
      if (documented.todayPadding === '0px') throw new Error('today button lost its padding to preflight');
      return `badge radius 999px, padding ${documented.plainPadding}; today button border ${documented.todayBorder}`;
    });
    await check('RoadmapView: a utility on a slot wins (title text-4xl), its own styles survive preflight', () => {
      expectEqual('RoadmapView title font-size (classNames.title text-4xl)', documented.viewTitleSize, '36px');
      expectEqual('overall progress track border-radius', documented.viewProgressRadius, '999px');
      expectEqual('overall progress track border', documented.viewProgressBorder, '1px solid');
      return 'title 36px, progress track radius 999px, 1px solid border';
    });
    const plain = await open('plain');
    await check('plain @import "roadmap-kit/styles.css" after the layer order: utilities win too', () => {
      expectEqual('padding-top (p-8)', plain.overriddenPadding, '32px');
      expectEqual('plain StatusBadge border-radius', plain.plainRadius, '999px');
      return 'padding 32px, plain radius 999px';
    });
    const unordered = await open('unordered');
    await check('counter-example without the layer order: roadmap-kit wins over utilities', () => {
      expectEqual('border-radius of the badge with rounded-none', unordered.overriddenRadius, '999px');
      expectEqual('padding-top of the badge with p-8', unordered.overriddenPadding, unordered.plainPadding);
      expectEqual('RoadmapView title font-size with text-4xl (roadmap-kit\'s 1.75rem)', unordered.viewTitleSize, '28px');
      return 'so the order statement is what lets utilities win';
    });
    const jsFirst = await open('jsfirst');
    await check('counter-example with roadmap-kit CSS imported from JS before the layer order: preflight strips roadmap-kit', () => {
      expectEqual('today button border', jsFirst.todayBorder, '0px solid');
      expectEqual('today button padding-top', jsFirst.todayPadding, '0px');
      return 'so the order statement must come before roadmap-kit/styles.css';
    });
    await check('no console error or warning, no failed request', () => expectNoProblems(problems));
  } finally {
    await server.close();
  }
}
