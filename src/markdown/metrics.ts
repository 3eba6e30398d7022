import type { Comparator, Metric } from '../model/types.js';
import { COMPARATOR_WORDS as OTHER_COMPARATORS, UNIT_WORDS, ZERO_WORDS } from './vocabulary/metricWords.js';
import { wordAlternation } from './vocabulary/wordAlternation.js';

/** A metric read from text, before it gets an id. */
export type MetricDraft = Omit<Metric, 'id'>;

const COMPARATORS =
  `${wordAlternation(Object.keys(OTHER_COMPARATORS))}|<=|>=|≤|≥|<|>|=|~|≈|at\\s+least|at\\s+most|less\\s+than|more\\s+than|fewer\\s+than|greater\\s+than|under|below|over|above|up\\s+to|within|max(?:imum)?:?|min(?:imum)?:?`;
const UNITS =
  `${wordAlternation(Object.keys(UNIT_WORDS))}|%|ms|milliseconds?|msecs?|seconds?|secs?|s|minutes?|mins?|hours?|hrs?|h|days?|d|bytes?|[kmgt]i?b|b|req(?:uests?)?\\s*/\\s*s(?:ec(?:ond)?)?|requests?\\s+per\\s+second|rps|qps|x`;
const VALUE = new RegExp(
  `(?<![\\p{L}\\p{N}.,])(?:(${COMPARATORS})\\s*)?(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)\\s*([km](?![\\p{L}]))?(\\+)?\\s?(${UNITS})?(?![\\p{L}\\p{N}])(\\+)?(?:\\s+or\\s+(less|fewer|lower|more|higher|better|greater))?`,
  'giu',
);
const SPACELESS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
// `Zero crashes`, `Keine Abstürze`; in scripts without spaces the word is glued on (`零内存泄漏`).
const ZERO = new RegExp(
  `^(?:(?:${wordAlternation(ZERO_WORDS.filter((word) => !SPACELESS.test(word)))})\\s+|(?:${wordAlternation(ZERO_WORDS.filter((word) => SPACELESS.test(word)))})\\s*)(?=\\p{L})`,
  'iu',
);
// `2 active pilots`: a count of things, a floor.
const COUNT = /^(\d{1,3}(?:,\d{3})+|\d{1,7})\s+(?=\p{Ll})/u;
const TARGET_NOTE = /\(\s*target\s*:\s*([^)]{0,200})\)/i;
const CURRENT_NOTE = /[(,;]?\s*(?:current(?:ly)?|actual)\s*[:=]?\s*(\d[\d,]*(?:\.\d+)?)\s*([km](?![\p{L}]))?\s?(%|ms|s|min|h|d|[kmgt]?b)?\s*\)?/iu;

const UNIT_NAMES: readonly (readonly [RegExp, string])[] = [
  [/^%$/, '%'],
  [/^(?:ms|milliseconds?|msecs?)$/, 'ms'],
  [/^(?:s|secs?|seconds?)$/, 's'],
  [/^(?:mins?|minutes?)$/, 'min'],
  [/^(?:h|hrs?|hours?)$/, 'h'],
  [/^(?:d|days?)$/, 'd'],
  [/^(?:b|bytes?)$/, 'B'],
  [/^ki?b$/, 'KB'],
  [/^mi?b$/, 'MB'],
  [/^gi?b$/, 'GB'],
  [/^ti?b$/, 'TB'],
  [/^(?:req.*|requests?\s+per\s+second|rps|qps)$/, 'req/s'],
  [/^x$/, 'x'],
];

/** The canonical unit (ms s min h d | % | B KB MB GB TB | req/s | x) for a unit as written. */
export function canonicalUnit(written: string): string | undefined {
  const unit = written.toLowerCase().replace(/\s+/g, '');
  if (UNIT_WORDS[unit] !== undefined) return UNIT_WORDS[unit];
  for (const [pattern, name] of UNIT_NAMES) if (pattern.test(unit)) return name;
  return undefined;
}

function comparatorOf(word: string | undefined, plus: boolean, orWord: string | undefined, unit: string | undefined): Comparator {
  const written = (word ?? '').toLowerCase().replace(/\s+/g, ' ').replace(/:$/, '');
  if (OTHER_COMPARATORS[written] !== undefined) return OTHER_COMPARATORS[written];
  if (written === '<' || written === 'less than' || written === 'fewer than' || written === 'under' || written === 'below') return 'lt';
  if (written === '<=' || written === '≤' || written === 'at most' || written === 'up to' || written === 'within' || written.startsWith('max')) return 'lte';
  if (written === '>' || written === 'more than' || written === 'greater than' || written === 'over' || written === 'above') return 'gt';
  if (written === '>=' || written === '≥' || written === 'at least' || written.startsWith('min')) return 'gte';
  if (written === '=') return 'eq';
  if (plus || orWord === 'more' || orWord === 'higher' || orWord === 'greater') return 'gte';
  if (orWord) return orWord === 'better' ? 'gte' : 'lte';
  // Without a comparator, time and size targets are ceilings and the rest are floors.
  return unit !== undefined && /^(?:ms|s|min|h|d|B|KB|MB|GB|TB)$/.test(unit) ? 'lte' : 'gte';
}

function toNumber(digits: string, multiplier: string | undefined): number {
  const base = Number(digits.replace(/,/g, ''));
  const factor = multiplier?.toLowerCase() === 'k' ? 1000 : multiplier?.toLowerCase() === 'm' ? 1_000_000 : 1;
  // Round away binary noise: 1.2M is 1200000, not 1199999.9999999998.
  return Math.round(base * factor * 1e6) / 1e6;
}

function tidyLabel(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/^[\s:;,.\-–—]+|(?<![\s:;,\-–—])[\s:;,\-–—]+$/g, '')
    .replace(/^(?:of|for|in)\s+/i, '')
    .trim();
}

interface ValueMatch {
  index: number;
  length: number;
  target: number;
  comparator: Comparator;
  unit?: string;
}

/**
 * Whether a number is a version rather than a target: `Lua 5.1 - 5.4+`, `Python 3.12+`. A dotted
 * number right after a capitalised name, or at either end of a range of dotted numbers, with no
 * comparator word or unit.
 */
function isVersionNumber(text: string, index: number, whole: string, digits: string, marker: string | undefined): boolean {
  if (!digits.includes('.') || marker !== undefined) return false;
  const before = text.slice(Math.max(0, index - 40), index);
  const after = text.slice(index + whole.length, index + whole.length + 20);
  return /\p{Lu}[\p{L}\p{N}]*\s+$/u.test(before) || /\d\.\d+\s*[-–~]\s*$/.test(before) || /^\s*[-–~]\s*\d+\.\d/.test(after);
}

function findValue(text: string, requireMarker: boolean): ValueMatch | undefined {
  VALUE.lastIndex = 0;
  for (let match = VALUE.exec(text); match; match = VALUE.exec(text)) {
    const [whole, word, digits, multiplier, plus, unitWritten, plusAfter, orWord] = match;
    const unit = unitWritten ? canonicalUnit(unitWritten) : undefined;
    const hasMarker = word !== undefined || plus !== undefined || plusAfter !== undefined || unit !== undefined || multiplier !== undefined || orWord !== undefined;
    if (!hasMarker && requireMarker) continue;
    if (isVersionNumber(text, match.index, whole, digits!, word ?? unitWritten ?? multiplier)) continue;
    const target = toNumber(digits!, multiplier);
    if (!Number.isFinite(target)) continue;
    return {
      index: match.index,
      length: whole.trimEnd().length,
      target,
      comparator: comparatorOf(word, plus !== undefined || plusAfter !== undefined, orWord?.toLowerCase(), unit),
      unit,
    };
  }
  return undefined;
}

/**
 * Reads a success metric from a criterion: `<100ms p95 latency`, `< 20MB`, `99.9% uptime`,
 * `10,000+ GitHub stars`, `100K+ requests/second`, `1M+`, `(target: <5 minutes)`. A number needs
 * a comparator, a `+`, a unit or a K/M multiplier to count (`SOC 2` is not a metric).
 * `Zero critical vulnerabilities` is a ceiling of 0 (`lte`): a count cannot go below zero.
 * `fallbackLabel` (the bold key of `**Performance**: <100ms`) names a metric whose text is only a number.
 * @example parseMetric('<100ms p95 latency') // { label: 'p95 latency', target: 100, comparator: 'lt', unit: 'ms', text: '<100ms p95 latency' }
 */
export function parseMetric(text: string, fallbackLabel?: string): MetricDraft | undefined {
  const written = text.replace(/\s+/g, ' ').trim();
  let body = written;
  let current: number | undefined;
  const currentNote = CURRENT_NOTE.exec(body);
  if (currentNote && /current|actual/i.test(currentNote[0])) {
    current = toNumber(currentNote[1]!, currentNote[2]);
    body = `${body.slice(0, currentNote.index)} ${body.slice(currentNote.index + currentNote[0].length)}`.trim();
  }
  let found: ValueMatch | undefined;
  let label = body;
  const note = TARGET_NOTE.exec(body);
  if (note) {
    found = findValue(note[1]!, false);
    if (found) label = `${body.slice(0, note.index)} ${body.slice(note.index + note[0].length)}`;
  } else if (ZERO.test(body)) {
    found = { index: 0, length: /^\S+/.exec(body)![0].length, target: 0, comparator: 'lte' };
    label = body.slice(found.length);
  } else {
    found = findValue(body, true);
    const count = found ? undefined : COUNT.exec(body);
    if (count) {
      found = { index: 0, length: count[1]!.length, target: toNumber(count[1]!, undefined), comparator: 'gte' };
      label = body.slice(count[1]!.length);
    } else if (found) {
      const before = body.slice(0, found.index);
      const after = body.slice(found.index + found.length);
      // A value in the middle of a sentence stays in the label (`Active community (100+ contributors)`).
      if (tidyLabel(before) === '' || tidyLabel(after.replace(/^\)/, '')) === '') label = `${before} ${after}`;
    }
  }
  if (!found) return undefined;
  const metric: MetricDraft = { label: tidyLabel(label) || fallbackLabel?.trim() || written, target: found.target, comparator: found.comparator, text: written };
  if (found.unit) metric.unit = found.unit;
  if (current !== undefined && Number.isFinite(current)) metric.current = current;
  return metric;
}
