import type { DateLabels } from '../dateLabels.js';
import { formatSpanInWords } from '../formatSpanInWords.js';

/** Default spoken form of a phase's span, which the timeline gives screen readers. */
export const spanInWordsLabels: Pick<DateLabels, 'spanInWords'> = {
  spanInWords: (span, locale) => formatSpanInWords(span, locale),
};
