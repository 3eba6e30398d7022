import { metricGaugeLabels } from '../../i18n/labels/metricGaugeLabels.js';
import { progressLabels } from '../../i18n/labels/progressLabels.js';
import { roadmapViewLabels } from '../../i18n/labels/roadmapViewLabels.js';
import { statusLabels } from '../../i18n/labels/statusLabels.js';
import { updatedLabels } from '../../i18n/labels/updatedLabels.js';

/**
 * Every default label RoadmapView shows itself: header, filter bar, sections and the table layout
 * (whose metrics table reuses the gauge's words). The components it renders take their own defaults
 * under the labels it hands them, so a host's override reaches them either way.
 */
export const roadmapViewDefaultLabels = { ...statusLabels, ...progressLabels, ...metricGaugeLabels, ...roadmapViewLabels, ...updatedLabels };

/** The labels RoadmapView's parts may read: those it has defaults for. */
export type RoadmapViewDefaultLabels = typeof roadmapViewDefaultLabels;
