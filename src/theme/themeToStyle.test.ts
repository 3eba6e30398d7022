import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { themeToStyle } from './themeToStyle.js';

describe('themeToStyle', () => {
  it('turns every token into its --rk-* variable and the scheme into an attribute', () => {
    expect(
      themeToStyle({
        colorScheme: 'auto',
        accent: '#7c3aed',
        accentContrast: '#fff',
        statusColors: { done: '#0f766e', cancelled: '#991b1b' },
        surface: '#fafafa',
        text: '#111',
        border: '#ddd',
        radius: '4px',
        fontFamily: 'Inter, sans-serif',
        density: 'spacious',
      }),
    ).toEqual({
      style: {
        '--rk-accent': '#7c3aed',
        '--rk-accent-contrast': '#fff',
        '--rk-status-done': '#0f766e',
        '--rk-status-cancelled': '#991b1b',
        '--rk-surface': '#fafafa',
        '--rk-text': '#111',
        '--rk-border': '#ddd',
        '--rk-radius': '4px',
        '--rk-font-family': 'Inter, sans-serif',
        '--rk-density': 1.25,
      },
      'data-color-scheme': 'auto',
    });
  });

  it('sets only variables base.css declares, for every value token and every status', () => {
    const declared = new Set(readFileSync(resolve(__dirname, 'base.css'), 'utf8').match(/--rk-[a-z-]+(?=\s*:)/g));
    const { style } = themeToStyle({
      accent: '#000',
      accentContrast: '#000',
      statusContrast: '#000',
      surface: '#000',
      surfaceMuted: '#000',
      text: '#000',
      textMuted: '#000',
      border: '#000',
      borderStrong: '#000',
      focusRing: '#000',
      radius: '0',
      fontFamily: 'serif',
      density: 'compact',
      statusColors: { done: '#000', 'in-progress': '#000', planned: '#000', deferred: '#000', cancelled: '#000' },
    });
    const variables = Object.keys(style);
    expect(variables).toHaveLength(18);
    expect(variables.filter((variable) => !declared.has(variable))).toEqual([]);
  });

  it('gives a custom hex accent a readable text colour unless the theme names one', () => {
    expect(themeToStyle({ accent: '#fde047' }).style).toEqual({ '--rk-accent': '#fde047', '--rk-accent-contrast': '#0b1020' });
    expect(themeToStyle({ accent: '#6d28d9' }).style).toEqual({ '--rk-accent': '#6d28d9', '--rk-accent-contrast': '#ffffff' });
    expect(themeToStyle({ accent: 'oklch(60% 0.2 290)' }).style).toEqual({ '--rk-accent': 'oklch(60% 0.2 290)' });
  });

  it('sets nothing for an empty or missing theme, so the stylesheet defaults apply', () => {
    expect(themeToStyle(undefined)).toEqual({ style: {} });
    expect(themeToStyle({})).toEqual({ style: {} });
  });
});
