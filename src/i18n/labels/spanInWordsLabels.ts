import type { RoadmapLabels } from '../labels.js';
import { formatSpanInWords } from '../formatSpanInWords.js';

/** Default spoken form of a phase's span, which the timeline gives screen readers. */
export const spanInWordsLabels: Pick<RoadmapLabels, 'spanInWords'> = {
  spanInWords: (span, locale) => formatSpanInWords(span, locale),
};
