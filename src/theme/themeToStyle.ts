import type { CSSProperties } from 'react';
import type { Status } from '../model/types.js';
import { readableTextOn } from './contrastRatio.js';
import type { ColorScheme, RoadmapTheme } from './tokens.js';
import { DENSITY_SCALE } from './tokens.js';

/** What a theme puts on an element: `--rk-*` variables and the colour-scheme attribute. */
export interface ThemeAttributes {
  style: CSSProperties;
  'data-color-scheme'?: ColorScheme;
}

const TOKEN_VARIABLES = {
  accent: '--rk-accent',
  accentContrast: '--rk-accent-contrast',
  statusContrast: '--rk-status-contrast',
  surface: '--rk-surface',
  surfaceMuted: '--rk-surface-muted',
  text: '--rk-text',
  textMuted: '--rk-text-muted',
  border: '--rk-border',
  borderStrong: '--rk-border-strong',
  focusRing: '--rk-focus-ring',
  radius: '--rk-radius',
  fontFamily: '--rk-font-family',
} as const satisfies Partial<Record<keyof RoadmapTheme, `--rk-${string}`>>;

const STATUS_VARIABLES: Record<Status, `--rk-${string}`> = {
  done: '--rk-status-done',
  'in-progress': '--rk-status-in-progress',
  planned: '--rk-status-planned',
  deferred: '--rk-status-deferred',
  cancelled: '--rk-status-cancelled',
};

/**
 * Turns theme tokens into inline custom properties and `data-color-scheme`: no CSS-in-JS runtime,
 * identical on server and client.
 * @example themeToStyle({ accent: '#7c3aed', colorScheme: 'dark' })
 * // { style: { '--rk-accent': '#7c3aed' }, 'data-color-scheme': 'dark' }
 */
export function themeToStyle(theme: RoadmapTheme | undefined): ThemeAttributes {
  const style: CSSProperties = {};
  if (!theme) return { style };
  for (const [token, variable] of Object.entries(TOKEN_VARIABLES)) {
    const value = theme[token as keyof typeof TOKEN_VARIABLES];
    if (value !== undefined) style[variable] = value;
  }
  for (const [status, color] of Object.entries(theme.statusColors ?? {})) {
    if (color !== undefined) style[STATUS_VARIABLES[status as Status]] = color;
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
