import { progressLabels } from '../../i18n/labels/progressLabels.js';
import { spanInWordsLabels } from '../../i18n/labels/spanInWordsLabels.js';
import { statusLabels } from '../../i18n/labels/statusLabels.js';
import { timelineLabels } from '../../i18n/labels/timelineLabels.js';
import { timeScaleLabels } from '../../i18n/labels/timeScaleLabels.js';
import { todayLabels } from '../../i18n/labels/todayLabels.js';

/** Every default label Timeline and its `useTimeline` show, and nothing else, so it bundles no other component's strings. */
export const timelineDefaultLabels = { ...statusLabels, ...progressLabels, ...todayLabels, ...timelineLabels, ...timeScaleLabels, ...spanInWordsLabels };

/** The labels Timeline's parts may read: those it has defaults for. */
export type TimelineDefaultLabels = typeof timelineDefaultLabels;
