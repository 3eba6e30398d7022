/**
 * The pieces of date expressions: one pattern that finds any single date form in text, and the
 * reading of what it found into kind, year, part and day. `fuzzyDates.ts` joins them into ranges
 * and spans.
 */
import { APPROXIMATE_MARKS, CJK_HALVES, CJK_NUMERALS, MONTH_NAMES } from './vocabulary/dateWords.js';
import { wordAlternation } from './vocabulary/wordAlternation.js';

const MONTH_NUMBER: ReadonlyMap<string, number> = new Map(MONTH_NAMES.flatMap((names, index) => names.map((name) => [name, index + 1] as const)));
const MONTH = wordAlternation([...MONTH_NUMBER.keys()]);
const YEAR = '(?:19[7-9]\\d|2[01]\\d\\d)';
const ORDINAL = '(?:st|nd|rd|th|er|º|\\.)?';
const FUZZY = `(?:early|mid|late|end\\s+of|beginning\\s+of|start\\s+of|first\\s+half\\s+of|second\\s+half\\s+of)[\\s-]+${YEAR}`;
const PREFIX = wordAlternation(APPROXIMATE_MARKS);
// Written the East Asian way: `2025 年第一季度`, `2025年上半年`, `2025年3月15日`, `2025년 1분기`.
const CJK = [
  `${YEAR}\\s*[年년]\\s*(?:第\\s*)?[一二三四1-4]\\s*(?:季度|四半期|분기|季)`,
  `${YEAR}\\s*年\\s*[上下前后後]半(?:年|期)?`,
  `${YEAR}\\s*[年년]\\s*\\d{1,2}\\s*[月월](?:\\s*\\d{1,2}\\s*[日일])?`,
  `${YEAR}\\s*[年년]`,
];
const LATIN = [
  `${YEAR}-\\d{2}-\\d{2}`,
  `${YEAR}-(?:0[1-9]|1[0-2])(?![\\d-])`,
  `${YEAR}[-\\s]?[QH][1-4]`,
  `[QH][1-4](?:(?:\\s*|\\s*[-/]\\s*)${YEAR}|\\s*['’]\\d{2})?`,
  `\\d{1,2}${ORDINAL}(?:\\s+de)?\\s+(?:${MONTH})\\.?(?:,?(?:\\s+de)?\\s+${YEAR})?`,
  `(?:${MONTH})\\.?(?:,?\\s+\\d{1,2}${ORDINAL}(?![\\d:]))?(?:,?(?:\\s+de)?\\s+${YEAR})?`,
  `${YEAR}\\+?`,
  '(?:week|wk|sprint|iteration|day|month)\\s+\\d{1,3}',
  '(?:next|this|last)\\s+(?:quarter|month|year)',
];
/** Any one date expression (`Q1 2026`, `~ May 2022`, `2025年3月`), the approximate mark before it included. */
export const ATOM = new RegExp(
  `(?<!\\p{N})(?:${CJK.join('|')})|(?<![\\p{L}\\p{N}])${FUZZY}(?![\\p{L}\\p{N}])|(?<![\\p{L}\\p{N}])(?:(?:${PREFIX})\\s*)?(?:${LATIN.join('|')})(?![\\p{L}\\p{N}])`,
  'giu',
);
// Every form above but months and `next quarter`-style periods holds an ASCII digit. Most text
// has neither, and this short test (a superset of what ATOM can match) spares it the long pattern.
const WORD_DATE_HINT = new RegExp(`${MONTH}|(?:next|this|last)\\s`, 'iu');
const ASCII_DIGIT = /[0-9]/;

/** Whether ATOM may match somewhere in `text` (a quick test: `false` means it surely does not). */
export function mayHoldDate(text: string): boolean {
  return ASCII_DIGIT.test(text) || WORD_DATE_HINT.test(text);
}
const FUZZY_WHOLE = new RegExp(`^${FUZZY}$`, 'iu');
const PREFIX_AT_START = new RegExp(`^(?:${PREFIX})\\s*`, 'iu');

export type AtomKind = 'day' | 'month' | 'quarter' | 'half' | 'year' | 'fuzzy' | 'relative' | 'timeframe';
/** One date expression ATOM found, read into its parts. */
export interface Atom {
  kind: AtomKind;
  index: number;
  /** The whole match, approximate mark included (`~ May 2022`): what a title loses and a label shows. */
  text: string;
  /** The approximate mark before the date, if any (`~`, `ca.`, `end of`), lower-cased. */
  prefix: string;
  /** The date without its mark. */
  core: string;
  year?: number;
  /** Month, quarter or half number, from 1. */
  part?: number;
  day?: number;
}

function monthNumber(name: string): number {
  return MONTH_NUMBER.get(name.toLowerCase().replace(/\.$/, '')) ?? 0;
}

const FULL_YEAR = /(?:19[7-9]\d|2[01]\d\d)/;
const SHORT_YEAR = /['’](\d{2})$/;

function readYear(text: string): number | undefined {
  const full = FULL_YEAR.exec(text);
  if (full) return Number(full[0]);
  const short = SHORT_YEAR.exec(text);
  return short ? 2000 + Number(short[1]) : undefined;
}

// How each kind of atom is read once ATOM has found it (compiled once, not per atom).
const CJK_START = /^\d{4}\s*[年년]/u;
const CJK_QUARTER = /^\d{4}\s*[年년]\s*(?:第\s*)?([一二三四1-4])\s*(?:季度|四半期|분기|季)/u;
const CJK_HALF = /^\d{4}\s*年\s*([上下前后後])半/u;
const CJK_MONTH = /^\d{4}\s*[年년]\s*(\d{1,2})\s*[月월](?:\s*(\d{1,2})\s*[日일])?/u;
const CJK_YEAR = /^\d{4}\s*[年년]$/u;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;
const YEAR_FIRST_PART = /^(\d{4})[-\s]?([qh])([1-4])$/;
const PART_FIRST = /^([qh])([1-4])/;
const DAY_FIRST = /^(\d{1,2})(?:st|nd|rd|th|er|º|\.)?(?:\s+de)?\s+(\p{L}+)/u;
const MONTH_FIRST = /^(\p{L}+)\.?(?:,?\s+(\d{1,2})(?:st|nd|rd|th|er|º)?(?!\d))?/u;
const YEAR_ONLY = /^\d{4}\+?$/;
const RELATIVE_START = /^(?:next|this|last)\s/;

/** An atom with every field present, so atoms share one shape. */
function makeAtom(kind: AtomKind, index: number, text: string, prefix: string, core: string, year?: number, part?: number, day?: number): Atom {
  return { kind, index, text, prefix, core, year, part, day };
}

function classifyCjk(text: string, index: number): Atom | undefined {
  const year = Number(text.slice(0, 4));
  let match = CJK_QUARTER.exec(text);
  if (match) return makeAtom('quarter', index, text, '', text, year, CJK_NUMERALS[match[1]!]);
  match = CJK_HALF.exec(text);
  if (match) return makeAtom('half', index, text, '', text, year, CJK_HALVES[match[1]!]);
  match = CJK_MONTH.exec(text);
  if (match) return makeAtom(match[2] === undefined ? 'month' : 'day', index, text, '', text, year, Number(match[1]), match[2] === undefined ? undefined : Number(match[2]));
  return CJK_YEAR.test(text) ? makeAtom('year', index, text, '', text, year) : undefined;
}

/** Reads what ATOM matched at `index`; `undefined` for an impossible half (`H3`) or CJK form. */
export function classifyAtom(whole: string, index: number): Atom | undefined {
  if (CJK_START.test(whole)) return classifyCjk(whole, index);
  if (FUZZY_WHOLE.test(whole)) return makeAtom('fuzzy', index, whole, '', whole, readYear(whole));
  const written = PREFIX_AT_START.exec(whole)?.[0] ?? '';
  const text = whole.slice(written.length);
  const prefix = written.trim().toLowerCase();
  const lower = text.toLowerCase();
  let match = ISO_DAY.exec(lower);
  if (match) return makeAtom('day', index, whole, prefix, text, Number(match[1]), Number(match[2]), Number(match[3]));
  match = ISO_MONTH.exec(lower);
  if (match) return makeAtom('month', index, whole, prefix, text, Number(match[1]), Number(match[2]));
  match = YEAR_FIRST_PART.exec(lower) ?? PART_FIRST.exec(lower);
  if (match) {
    const letter = match.length === 4 ? match[2] : match[1];
    const part = Number(match.length === 4 ? match[3] : match[2]);
    if (letter === 'h' && part > 2) return undefined;
    return makeAtom(letter === 'q' ? 'quarter' : 'half', index, whole, prefix, text, readYear(match.length === 4 ? match[1]! : text.slice(2)), part);
  }
  match = DAY_FIRST.exec(lower);
  if (match) return makeAtom('day', index, whole, prefix, text, readYear(text.slice(match[0].length)), monthNumber(match[2]!), Number(match[1]));
  match = MONTH_FIRST.exec(lower);
  if (match && monthNumber(match[1]!) > 0) {
    const year = readYear(text.slice(match[0].length));
    if (match[2] !== undefined) return makeAtom('day', index, whole, prefix, text, year, monthNumber(match[1]!), Number(match[2]));
    return makeAtom('month', index, whole, prefix, text, year, monthNumber(match[1]!));
  }
  if (YEAR_ONLY.test(lower)) return makeAtom('year', index, whole, prefix, text, Number(lower.slice(0, 4)));
  if (RELATIVE_START.test(lower)) return makeAtom('relative', index, whole, prefix, text);
  return makeAtom('timeframe', index, whole, prefix, text);
}
