import type { BaseLabels } from './baseLabels.js';
import { baseLabels } from './baseLabels.js';
import type { DateLabels } from './dateLabels.js';
import { dateLabels } from './dateLabels.js';

export type { BaseLabels } from './baseLabels.js';
export type { DateLabels } from './dateLabels.js';

/**
 * Every user-facing string roadmap-kit renders, as overridable functions (react-day-picker's
 * `labels` idea). Pass a partial object as the `labels` prop or to `RoadmapThemeProvider`.
 * The defaults live in two modules so a component bundles only those it uses: `baseLabels`
 * (`./baseLabels.ts`, no date-fns) and `dateLabels` (`./dateLabels.ts`, `formatDate` with date-fns locales).
 * New label functions go at the end of `BaseLabels`, or of `DateLabels` if they format a date.
 */
export interface RoadmapLabels extends BaseLabels, DateLabels {}

/** The default English (en-US) labels: `baseLabels` and `dateLabels` together. */
export const defaultLabels: RoadmapLabels = { ...baseLabels, ...dateLabels };

/** Defaults with a host's overrides on top. */
export function mergeLabels(...overrides: (Partial<RoadmapLabels> | undefined)[]): RoadmapLabels {
  return Object.assign({}, defaultLabels, ...overrides.filter(Boolean));
}
