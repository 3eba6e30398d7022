import { metricGaugeLabels } from '../../i18n/labels/metricGaugeLabels.js';
import { phaseCardLabels } from '../../i18n/labels/phaseCardLabels.js';
import { progressLabels } from '../../i18n/labels/progressLabels.js';
import { statusLabels } from '../../i18n/labels/statusLabels.js';

/**
 * Every default label PhaseCard shows itself (its items' statuses, progress, groups); the
 * StatusBadge and gauges it renders take their own defaults. No date label: its dates are `formatSpan`'s.
 */
export const phaseCardDefaultLabels = {
  ...statusLabels,
  ...progressLabels,
  ...phaseCardLabels,
  // Targets without a value are text in the card, not gauges.
  metricTargetInWords: metricGaugeLabels.metricTargetInWords,
};

/** The labels PhaseCard's parts may read: those it has defaults for. */
export type PhaseCardDefaultLabels = typeof phaseCardDefaultLabels;
