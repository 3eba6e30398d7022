import type { Cadence } from '../model/types.js';

type Period = NonNullable<Cadence['every']>;

const NUMBER_WORDS: Readonly<Record<string, number>> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, eight: 8, twelve: 12, other: 2 };
const ADVERBS: readonly (readonly [RegExp, Period])[] = [
  [/\b(?:bi-?weekly|fortnightly)\b/i, { count: 2, unit: 'week' }],
  [/\bweekly\b/i, { count: 1, unit: 'week' }],
  [/\bdaily|nightly\b/i, { count: 1, unit: 'day' }],
  [/\bbi-?monthly\b/i, { count: 2, unit: 'month' }],
  [/\bmonthly\b/i, { count: 1, unit: 'month' }],
  [/\bquarterly\b/i, { count: 3, unit: 'month' }],
  [/\b(?:semi-?annual(?:ly)?|bi-?annual(?:ly)?|twice\s+a\s+year)\b/i, { count: 6, unit: 'month' }],
  [/\b(?:annual(?:ly)?|yearly|once\s+a\s+year)\b/i, { count: 1, unit: 'year' }],
];
const EVERY = /\bevery\s+(\d{1,3}|one|two|three|four|five|six|eight|twelve|other)?\s*(day|week|fortnight|month|quarter|year|sprint)s?\b/i;

/**
 * The period of a release rule: `Every 2 months`, `every other week`, `Monthly`, `Quarterly`;
 * `undefined` for `As needed` or `Immediate`.
 */
export function parsePeriod(text: string): Period | undefined {
  const every = EVERY.exec(text);
  if (every) {
    const written = (every[1] ?? '1').toLowerCase();
    const count = NUMBER_WORDS[written] ?? Number(written);
    const unit = every[2]!.toLowerCase();
    if (!Number.isInteger(count) || count < 1) return undefined;
    if (unit === 'quarter') return { count: count * 3, unit: 'month' };
    if (unit === 'fortnight') return { count: count * 2, unit: 'week' };
    // A sprint is most often two weeks.
    if (unit === 'sprint') return { count: count * 2, unit: 'week' };
    return { count, unit: unit as Period['unit'] };
  }
  for (const [pattern, period] of ADVERBS) if (pattern.test(text)) return { ...period };
  return undefined;
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
