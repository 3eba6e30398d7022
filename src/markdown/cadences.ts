import type { Cadence } from '../model/types.js';
import { EVERY_WORDS, NUMBER_WORDS, PERIOD_ADVERBS, PERIOD_UNITS, RELEASE_NOUNS, SUPPORT_WINDOW_WORDS } from './vocabulary/cadenceWords.js';
import { wordAlternation } from './vocabulary/wordAlternation.js';

type Period = NonNullable<Cadence['every']>;

// Letters around a word, so `every` is not found in `everyone`; Chinese words stand without spaces.
const NO_LETTER_AFTER = '(?![^\\P{L}\\p{Script=Han}])';
const EVERY = new RegExp(
  `(?<![\\p{L}])(?:${wordAlternation(EVERY_WORDS)})\\s*(?:(\\d{1,3}|${wordAlternation(Object.keys(NUMBER_WORDS))})\\s*)?(${wordAlternation(Object.keys(PERIOD_UNITS))})${NO_LETTER_AFTER}`,
  'iu',
);
const ADVERB = new RegExp(`(?<![\\p{L}])(?:${wordAlternation(Object.keys(PERIOD_ADVERBS))})${NO_LETTER_AFTER}`, 'iu');
const RELEASE_NOUN = new RegExp(`(?<![\\p{L}])(?:${wordAlternation(RELEASE_NOUNS)})${NO_LETTER_AFTER}`, 'iu');
const SUPPORT_WINDOW = new RegExp(`(?<![\\p{L}])(?:${wordAlternation(SUPPORT_WINDOW_WORDS)})(?![\\p{L}])`, 'iu');

/**
 * The period of a release rule: `Every 2 months`, `every other week`, `once every three months`,
 * `the second Tuesday of each month`, `Monthly`, `Quarterly`, `alle 4 Wochen`, `每季度`;
 * `undefined` for `As needed` or `Immediate`.
 */
export function parsePeriod(text: string): Period | undefined {
  const every = EVERY.exec(text);
  if (every) {
    const written = (every[1] ?? '1').toLowerCase();
    const count = NUMBER_WORDS[written] ?? Number(written);
    const unit = PERIOD_UNITS[every[2]!.toLowerCase()];
    if (!unit || !Number.isInteger(count) || count < 1) return undefined;
    return { count: count * unit.count, unit: unit.unit };
  }
  const adverb = ADVERB.exec(text);
  const period = adverb ? PERIOD_ADVERBS[adverb[0].toLowerCase().replace(/\s+/g, ' ')] : undefined;
  return period ? { ...period } : undefined;
}

/**
 * The rhythm a sentence of prose states for releases (`We release a new version every 4 months.`),
 * or `undefined`: it needs a release noun and a period, and no support-window words (`LTS lines are
 * maintained for 12 months`, `reviewed quarterly`).
 */
export function releaseRhythmOf(sentence: string): Period | undefined {
  if (!RELEASE_NOUN.test(sentence) || statesSupportWindow(sentence)) return undefined;
  return parsePeriod(sentence);
}

/** Whether the text names a release (`Patch Releases`, `Versionen`, `发布`). */
export function namesRelease(text: string): boolean {
  return RELEASE_NOUN.test(text);
}

/** Whether a sentence is about support windows or process (`LTS`, `maintained`, `review`) rather than a release rhythm. */
export function statesSupportWindow(sentence: string): boolean {
  return SUPPORT_WINDOW.test(sentence);
}

/** `Minor Releases` → `Minor releases`: title-case words lowered, acronyms (`LTS`, `RC`) kept. */
export function toSentenceCase(label: string): string {
  return label
    .trim()
    .split(/(\s+)/)
    .map((word, index) => (index > 0 && /^\p{Lu}\p{Ll}+$/u.test(word) ? word.toLowerCase() : word))
    .join('');
}

/**
 * A cadence from a release-schedule line: `**Minor Releases**: Every 2 months (x.y.0)` →
 * `{ label: 'Minor releases', every: { count: 2, unit: 'month' }, text: … }`.
 */
export function parseCadence(label: string, value: string, text: string): Cadence {
  const cadence: Cadence = { label: toSentenceCase(label) || 'Releases', text: text.trim() };
  const every = parsePeriod(value);
  if (every) cadence.every = every;
  return cadence;
}
