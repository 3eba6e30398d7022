import type { BaseLabels } from './baseLabels.js';
import { baseLabels } from './baseLabels.js';
import type { DateLabels } from './dateLabels.js';
import { dateLabels } from './dateLabels.js';

export type { BaseLabels } from './baseLabels.js';
export type { DateLabels } from './dateLabels.js';

/**
 * Every user-facing string roadmap-kit renders, as overridable functions (react-day-picker's
 * `labels` idea). Pass a partial object as the `labels` prop or to `RoadmapThemeProvider`.
 * The defaults live in small modules in `./labels/`, by the component or feature that shows
 * them, so a component bundles only the strings it shows: a component passes its own set to
 * `useCommonProps` and may read only those labels. Those that format a date (`formatDate`) are
 * kept apart from those that do not, so a gauge bundles no date code. `baseLabels` and
 * `dateLabels` join them for hosts. A new label function goes at the end of `BaseLabels`, or of
 * `DateLabels` if it formats a date, and its default into the module of what shows it.
 */
export interface RoadmapLabels extends BaseLabels, DateLabels {}

/** The default English (en-US) labels: `baseLabels` and `dateLabels` together. */
export const defaultLabels: RoadmapLabels = { ...baseLabels, ...dateLabels };

/** Defaults with a host's overrides on top. */
export function mergeLabels(...overrides: (Partial<RoadmapLabels> | undefined)[]): RoadmapLabels {
  return Object.assign({}, defaultLabels, ...overrides.filter(Boolean));
}
