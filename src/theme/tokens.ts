import type { Status } from '../model/types.js';

/** Light, dark, or follow the reader's `prefers-color-scheme` (pure CSS, so it server-renders). */
export type ColorScheme = 'light' | 'dark' | 'auto';

/** Spacing presets: `--rk-density` 0.75, 1 and 1.25. */
export type Density = 'compact' | 'comfortable' | 'spacious';

/**
 * Theme tokens. Each becomes a `--rk-*` custom property on the component root (or the provider's
 * wrapper); anything left out keeps the scheme's default from `styles.css`.
 */
export interface RoadmapTheme {
  /** Light, dark or `auto`. @defaultValue 'light' (from the stylesheet) */
  colorScheme?: ColorScheme;
  /** Brand colour for links, focus, selection and current things (`--rk-accent`). */
  accent?: string;
  /** Text on an accent fill (`--rk-accent-contrast`). @defaultValue white or near-black, whichever reads better on a hex `accent` */
  accentContrast?: string;
  /** Colour per status (`--rk-status-done` …); status is always shown with text too. */
  statusColors?: Partial<Record<Status, string>>;
  /** Text on a status fill (`--rk-status-contrast`). */
  statusContrast?: string;
  /** Card and panel background (`--rk-surface`). */
  surface?: string;
  /** Track, header and quiet-area background (`--rk-surface-muted`). */
  surfaceMuted?: string;
  /** Main text (`--rk-text`). */
  text?: string;
  /** Secondary text (`--rk-text-muted`). */
  textMuted?: string;
  /** Separators and outlines (`--rk-border`). */
  border?: string;
  /** Outlines of controls and tracks (`--rk-border-strong`). */
  borderStrong?: string;
  /** Focus outline (`--rk-focus-ring`). */
  focusRing?: string;
  /** Corner radius, any CSS length (`--rk-radius`). */
  radius?: string;
  /** Font stack (`--rk-font-family`). */
  fontFamily?: string;
  /** Spacing preset (`--rk-density`). */
  density?: Density;
}

/** The density multiplier each preset sets on `--rk-density`. */
export const DENSITY_SCALE: Record<Density, number> = { compact: 0.75, comfortable: 1, spacious: 1.25 };
