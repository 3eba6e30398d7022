import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { contrastRatio } from './contrastRatio.js';

function contrast(a: string, b: string): number {
  return contrastRatio(a, b) ?? Number.NaN;
}

/** The token declarations of each scheme block in base.css, read as the browser would get them. */
function schemes(): Record<'light' | 'dark' | 'auto', Record<string, string>> {
  const css = readFileSync(resolve(__dirname, 'base.css'), 'utf8');
  const block = (marker: string) => {
    const start = css.indexOf(marker);
    const body = css.slice(css.indexOf('{', start) + 1, css.indexOf('}', start));
    return Object.fromEntries([...body.matchAll(/(--rk-[a-z-]+):\s*(#[0-9a-f]{6})/g)].map((m) => [m[1]!, m[2]!]));
  };
  return { light: block("[data-color-scheme='light']"), dark: block(":where([data-color-scheme='dark'])"), auto: block(":where([data-color-scheme='auto'])") };
}

const TEXT_ON_SURFACE = ['--rk-text', '--rk-text-muted', '--rk-accent', '--rk-status-done', '--rk-status-in-progress', '--rk-status-planned', '--rk-status-deferred', '--rk-status-cancelled'];
const STATUS_FILLS = ['--rk-status-done', '--rk-status-in-progress', '--rk-status-planned', '--rk-status-deferred', '--rk-status-cancelled'];

describe.each(['light', 'dark'] as const)('the %s scheme', (scheme) => {
  const tokens = schemes()[scheme];

  it.each(TEXT_ON_SURFACE)('keeps %s at WCAG AA (4.5:1) on both surfaces', (token) => {
    expect(contrast(tokens[token]!, tokens['--rk-surface']!)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(tokens[token]!, tokens['--rk-surface-muted']!)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(STATUS_FILLS)('keeps text on a %s fill at WCAG AA', (token) => {
    expect(contrast(tokens['--rk-status-contrast']!, tokens[token]!)).toBeGreaterThanOrEqual(4.5);
  });

  it('keeps accent-contrast text on the accent at AA and control outlines at 3:1', () => {
    expect(contrast(tokens['--rk-accent-contrast']!, tokens['--rk-accent']!)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(tokens['--rk-border-strong']!, tokens['--rk-surface']!)).toBeGreaterThanOrEqual(3);
  });
});

it('gives the auto scheme under a dark preference exactly the dark tokens', () => {
  const { dark, auto } = schemes();
  expect(auto).toEqual(dark);
});
