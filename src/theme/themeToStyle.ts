import type { CSSProperties } from 'react';
import { readableTextOn } from './contrastRatio.js';
import { kebabCase } from './kebabCase.js';
import type { ColorScheme, RoadmapTheme } from './tokens.js';
import { DENSITY_SCALE } from './tokens.js';

/** What a theme puts on an element: `--rk-*` variables and the colour-scheme attribute. */
export interface ThemeAttributes {
  style: CSSProperties;
  'data-color-scheme'?: ColorScheme;
}

// The theme tokens that are plain CSS values. Each sets the variable of its name in kebab case
// (`accentContrast` → `--rk-accent-contrast`), the naming base.css follows.
const VALUE_TOKENS = [
  'accent',
  'accentContrast',
  'statusContrast',
  'surface',
  'surfaceMuted',
  'text',
  'textMuted',
  'border',
  'borderStrong',
  'focusRing',
  'radius',
  'fontFamily',
] as const satisfies readonly (keyof RoadmapTheme)[];

function variableOf(token: string): `--rk-${string}` {
  return `--rk-${kebabCase(token)}`;
}

/**
 * Turns theme tokens into inline custom properties and `data-color-scheme`: no CSS-in-JS runtime,
 * identical on server and client.
 * @example themeToStyle({ accent: '#7c3aed', colorScheme: 'dark' })
 * // { style: { '--rk-accent': '#7c3aed' }, 'data-color-scheme': 'dark' }
 */
export function themeToStyle(theme: RoadmapTheme | undefined): ThemeAttributes {
  const style: CSSProperties = {};
  if (!theme) return { style };
  for (const token of VALUE_TOKENS) {
    const value = theme[token];
    if (value !== undefined) style[variableOf(token)] = value;
  }
  for (const [status, color] of Object.entries(theme.statusColors ?? {})) {
    if (color !== undefined) style[variableOf(`status-${status}`)] = color;
  }
  // A custom accent without its text colour would inherit the scheme's, which may not read on it.
  if (theme.accent !== undefined && theme.accentContrast === undefined) {
    const text = readableTextOn(theme.accent);
    if (text !== undefined) style['--rk-accent-contrast'] = text;
  }
  if (theme.density !== undefined) style['--rk-density'] = DENSITY_SCALE[theme.density];
  const attributes: ThemeAttributes = { style };
  if (theme.colorScheme !== undefined) attributes['data-color-scheme'] = theme.colorScheme;
  return attributes;
}
