import { timelineHookLabels } from '../../hooks/useTimeline.js';
import { todayLabels } from '../../i18n/labels/todayLabels.js';

/**
 * Every default label Timeline and its `useTimeline` show, and nothing else, so it bundles no other
 * component's strings: the hook's, and the today line's.
 */
export const timelineDefaultLabels = { ...timelineHookLabels, ...todayLabels };

/** The labels Timeline's parts may read: those it has defaults for. */
export type TimelineDefaultLabels = typeof timelineDefaultLabels;
