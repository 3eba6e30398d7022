import { isIsoDate } from '../model/isIsoDate.js';
import { spanBetween, spanOfDay, spanOfHalf, spanOfMonth, spanOfQuarter, spanOfYear } from '../dates/dateSpans.js';
import type { DateSpan } from '../model/types.js';
import type { Atom } from './dateAtoms.js';
import { ATOM, classifyAtom, mayHoldDate } from './dateAtoms.js';
import { RANGE_WORDS } from './vocabulary/dateWords.js';

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

const RANGE_WORD = new Set(RANGE_WORDS);

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
  if (!mayHoldDate(text)) return undefined;
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
