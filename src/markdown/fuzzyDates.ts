import { isIsoDate } from '../dates/isoDate.js';
import { spanBetween, spanOfDay, spanOfHalf, spanOfMonth, spanOfQuarter, spanOfYear } from '../dates/dateSpans.js';
import type { DateSpan } from '../model/types.js';
import { APPROXIMATE_MARKS, CJK_HALVES, CJK_NUMERALS, MONTH_NAMES, RANGE_WORDS } from './vocabulary/dateWords.js';
import { wordAlternation } from './vocabulary/wordAlternation.js';

/** A date expression found in text: a calendar span, or a relative time such as `Week 3`. */
export interface DateMatch {
  /** Where the expression starts in the searched text. */
  index: number;
  /** How many characters it covers. */
  length: number;
  /** The calendar span, labelled with the text as written. */
  span?: DateSpan;
  /** A relative time with no calendar span (`Week 3`, `Sprint 2`). */
  timeframe?: string;
}

/** Options of `findDate`. */
export interface FindDateOptions {
  /** ISO day that year-less and relative dates resolve against. */
  now: string;
  /**
   * Whether a month without a year (`March`) counts. Off inside headings and sentences, where
   * `may` is usually a verb; on for the value of a date key (`**ETA**: March`).
   */
  yearlessMonths?: boolean;
}

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
const ATOM = new RegExp(
  `(?<!\\p{N})(?:${CJK.join('|')})|(?<![\\p{L}\\p{N}])${FUZZY}(?![\\p{L}\\p{N}])|(?<![\\p{L}\\p{N}])(?:(?:${PREFIX})\\s*)?(?:${LATIN.join('|')})(?![\\p{L}\\p{N}])`,
  'giu',
);
// Every form above but months and `next quarter`-style periods holds an ASCII digit. Most text
// has neither, and this short test (a superset of what ATOM can match) spares it the long pattern.
const WORD_DATE_HINT = new RegExp(`${MONTH}|(?:next|this|last)\\s`, 'iu');
const ASCII_DIGIT = /[0-9]/;
const FUZZY_WHOLE = new RegExp(`^${FUZZY}$`, 'iu');
const PREFIX_AT_START = new RegExp(`^(?:${PREFIX})\\s*`, 'iu');
const RANGE_WORD = new Set(RANGE_WORDS);

type AtomKind = 'day' | 'month' | 'quarter' | 'half' | 'year' | 'fuzzy' | 'relative' | 'timeframe';
interface Atom {
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

function classifyAtom(whole: string, index: number): Atom | undefined {
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

function quarterOf(iso: string): { year: number; quarter: number; month: number } {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  return { year, quarter: Math.ceil(month / 3), month };
}

function resolveRelative(text: string, now: string): DateSpan {
  const { year, quarter, month } = quarterOf(now);
  const [which, unit] = text.toLowerCase().split(/\s+/) as [string, string];
  const step = which === 'next' ? 1 : which === 'last' ? -1 : 0;
  if (unit === 'year') return spanOfYear(year + step, text);
  if (unit === 'month') {
    const index = year * 12 + month - 1 + step;
    return spanOfMonth(Math.floor(index / 12), (index % 12) + 1, text);
  }
  const index = year * 4 + quarter - 1 + step;
  return spanOfQuarter(Math.floor(index / 4), (index % 4) + 1, text);
}

function resolveFuzzy(atom: Atom, year: number): DateSpan {
  const lower = atom.text.toLowerCase();
  if (lower.startsWith('first half')) return spanOfHalf(year, 1, atom.text);
  if (lower.startsWith('second half')) return spanOfHalf(year, 2, atom.text);
  if (lower.startsWith('mid')) return spanBetween(spanOfQuarter(year, 2), spanOfQuarter(year, 3), atom.text);
  // `end of 2026` and `late 2026` name the last quarter; `early 2026` the first.
  if (lower.startsWith('end') || lower.startsWith('late')) return spanOfQuarter(year, 4, atom.text);
  return spanOfQuarter(year, 1, atom.text);
}

/** The span of one atom; `undefined` for an impossible date such as `February 30, 2026`. */
function spanOfAtom(atom: Atom, year: number, label: string): DateSpan | undefined {
  const part = atom.part ?? 1;
  switch (atom.kind) {
    case 'day': {
      const iso = `${year}-${String(part).padStart(2, '0')}-${String(atom.day).padStart(2, '0')}`;
      return isIsoDate(iso) ? spanOfDay(iso, label) : undefined;
    }
    case 'month':
      return part >= 1 && part <= 12 ? spanOfMonth(year, part, label) : undefined;
    case 'quarter':
      return spanOfQuarter(year, part, label);
    case 'half':
      return spanOfHalf(year, part, label);
    case 'year':
      return spanOfYear(year, label);
    case 'fuzzy':
      return resolveFuzzy(atom, year);
    case 'relative':
    case 'timeframe':
      return undefined;
    default:
      return atom.kind satisfies never;
  }
}

function isUsable(atom: Atom, options: FindDateOptions, hasPartner: boolean): boolean {
  if (atom.kind === 'fuzzy') return atom.year !== undefined;
  if (atom.kind === 'month' && atom.year === undefined) return hasPartner || options.yearlessMonths === true;
  // A month with a day (`Mar 3`) is a date even without a year; `may` alone is usually a verb.
  return true;
}

function resolveRange(from: Atom, to: Atom, label: string, now: string): DateSpan | undefined {
  const nowYear = Number(now.slice(0, 4));
  const toYear = to.year ?? from.year ?? nowYear;
  let fromYear = from.year ?? toYear;
  const end = spanOfAtom(to, toYear, label);
  let start = spanOfAtom(from, fromYear, label);
  // `Nov - Feb 2026` crosses the new year: the year-less start belongs to the year before.
  if (start && end && from.year === undefined && start.start > end.start) {
    fromYear -= 1;
    start = spanOfAtom(from, fromYear, label);
  }
  if (!start || !end || start.start > end.end) return undefined;
  return spanBetween(start, end, label);
}

/**
 * Finds the first date expression in `text`: ISO days and months, quarters (`Q1 2026`, `2025-Q4`,
 * `Q3-Q4 2025`), halves (`H2 2026`), months in any case (`February 2025`, `feb 3, 2025`), years
 * (`2026`, `2027+`), fuzzy years (`end of 2026`, `early 2027`), ranges of any of these
 * (`Q4 2024 - Q1 2025`), relative periods (`next quarter`, resolved against `now`) and relative
 * times without a span (`Week 3`).
 * @example findDate('Beta (Q3-Q4 2025)', { now: '2025-01-01' })?.span // 2025-07-01 … 2025-12-31, quarter
 */
export function findDate(text: string, options: FindDateOptions): DateMatch | undefined {
  if (!ASCII_DIGIT.test(text) && !WORD_DATE_HINT.test(text)) return undefined;
  // Atoms are read one ahead, not all up front: the first date usually stands early in the text.
  ATOM.lastIndex = 0;
  const nextAtom = (): Atom | undefined => {
    for (let match = ATOM.exec(text); match; match = ATOM.exec(text)) {
      const atom = classifyAtom(match[0], match.index);
      if (atom) return atom;
    }
    return undefined;
  };
  let next = nextAtom();
  while (next) {
    const atom = next;
    next = nextAtom();
    const gap = next ? text.slice(atom.index + atom.text.length, next.index) : '';
    // `July ~ August 2021`: the `~` before August reads as its approximate mark, but stands between two dates.
    const isJoined = RANGE_WORD.has(gap.trim().toLowerCase()) || (gap.trim() === '' && next !== undefined && RANGE_WORD.has(next.prefix));
    const isRange = next !== undefined && isJoined && next.kind !== 'timeframe' && atom.kind !== 'timeframe' && atom.kind !== 'relative' && next.kind !== 'relative';
    if (!isUsable(atom, options, isRange && next?.year !== undefined)) continue;
    if (isRange && next) {
      const length = next.index + next.text.length - atom.index;
      const label = text.slice(atom.index, atom.index + length);
      const span = resolveRange(atom, next, label, options.now);
      if (span) return { index: atom.index, length, span };
    }
    if (atom.kind === 'timeframe') return { index: atom.index, length: atom.text.length, timeframe: atom.core };
    if (atom.kind === 'relative') return { index: atom.index, length: atom.text.length, span: resolveRelative(atom.core, options.now) };
    const span = spanOfAtom(atom, atom.year ?? Number(options.now.slice(0, 4)), atom.text);
    if (span) return { index: atom.index, length: atom.text.length, span };
  }
  return undefined;
}
