import type { BaseLabels } from '../baseLabels.js';

/** Default caption of today, shared by the calendar's button and the timeline's today line. */
export const todayLabels: Pick<BaseLabels, 'today'> = {
  today: () => 'Today',
};
