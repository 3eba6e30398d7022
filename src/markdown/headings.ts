import type { DateSpan, Status } from '../model/types.js';
import { findDate } from './fuzzyDates.js';
import { isDateKey, isDoneDateKey } from './keyValues.js';
import { cleanTitle } from './cleanTitle.js';
import { extractStatus, statusOfEmoji, stripEmoji } from './statuses.js';
import { CJK_ORDINAL, cjkNumber, matchNumbering, PRIORITY_TAG } from './vocabulary/numbering.js';
import { findVersion } from './versions.js';
import { collapseWhitespace } from './collapseWhitespace.js';

/** What a heading says about the section it opens. */
export interface HeadingInfo {
  /** Clean title: version, dates, status words and emoji taken out. */
  title: string;
  /** Whether the heading had nothing left for a title and `title` is its version or date. */
  isFallbackTitle: boolean;
  version?: string;
  when?: DateSpan;
  timeframe?: string;
  status?: Status;
  /** `phase 1`, `milestone 3`: how a criteria section elsewhere can name this phase. */
  numbering?: string;
  /**
   * How surely this is a phase: 2 for a version or a numbered phase up front (`v1.3.0 - …`,
   * `Phase 1: …`); 1 for a version elsewhere, a date or a relative time; 0 otherwise.
   */
  strength: 0 | 1 | 2;
}

const TIMEFRAME_WORDS =
  /^(?:now|next|later|soon|ongoing|future|backlog|someday|icebox|tbd|current|unreleased|upcoming|near[\s-]term|short[\s-]term|mid[\s-]term|medium[\s-]term|long[\s-]term|this\s+(?:quarter|month|year)|next\s+up|in\s+progress|exploring|considering|ideas|wishlist|up\s+next|coming\s+(?:soon|next)|near\s+future|under\s+consideration|now\s*\/\s*next\s*\/\s*later)$/i;
const PARENTHETICAL = /\(([^()]*)\)/g;
const BRACKETED = /^\[(.*)\]$/;
const IN_PARENTHESES = /^\([^()]*\)$/;
const TRAILING_KEY_MARKS = /[\s:：]+$/;
// Where a heading's title splits into its name and the rest: `Beta: …`, `Now | …`, `Later - …`.
const TITLE_SEPARATOR = /\s*[:|–—]\s+|\s+-\s+/;
const GLOSSED = /^(.*?)\s*\([^()]*\)$/;
const DOTTED_VERSION = /(?<![\p{L}\p{N}])v?\d+(?:\.\d+)+(?![\p{L}\p{N}])/giu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Whether a whole text is a relative time such as `Now`, `Later`, `Long term`. */
export function isTimeframeWord(text: string): boolean {
  return TIMEFRAME_WORDS.test(unbracket(text));
}

/** `[Unreleased]` → `Unreleased` (changelog style). */
function unbracket(text: string): string {
  const trimmed = text.trim();
  return trimmed.startsWith('[') ? trimmed.replace(BRACKETED, '$1').trim() : trimmed;
}

/** `(MVP)` → `MVP`: a title written wholly in brackets. */
function unwrapParentheses(text: string): string {
  return IN_PARENTHESES.test(text) ? text.slice(1, -1).trim() : text;
}

function cut(text: string, index: number, length: number): string {
  return `${text.slice(0, index)} ${text.slice(index + length)}`;
}

/**
 * Reads a heading's text: `v1.3.0 - Observability & Integrations (Q1 2026)`,
 * `Phase 1: Beta Release (Q2 2025) - IN PROGRESS`, `Milestone 3: Observability (Week 3) ✅ COMPLETED`,
 * `v1.1.0 - Enhanced Secret Support ✅ COMPLETED (2026-02-04)`, `Q1 2025`, `Now`.
 */
export function parseHeading(raw: string, now: string): HeadingInfo {
  let text = collapseWhitespace(stripEmoji(raw)).trim();
  const emojiStatus = statusOfEmoji(raw);
  let when: DateSpan | undefined;
  let timeframe: string | undefined;
  let status: Status | undefined;
  // `(Released: 2025-12-25)`, `(Target: Q1 2026)`, `(Released on July 8, 2020)`: a date key and its date in brackets.
  if (text.includes('(')) text = text.replace(PARENTHETICAL, (whole, inner: string) => {
    const found = when ? undefined : findDate(inner, { now, yearlessMonths: true });
    if (!found?.span) return whole;
    const key = inner.slice(0, found.index).replace(TRAILING_KEY_MARKS, '');
    if (key.trim() === '' || inner.slice(found.index + found.length).trim() !== '' || !isDateKey(key)) return whole;
    when = found.span;
    if (isDoneDateKey(key)) status = 'done';
    return ' ';
  });
  const numberingMatch = matchNumbering(text);
  // `P0 — Search`: a priority tier names a phase, though less surely than `Phase 1`.
  const tag = numberingMatch ? null : PRIORITY_TAG.exec(text);
  const ordinal = numberingMatch || tag ? null : CJK_ORDINAL.exec(text);
  const numbering = numberingMatch
    ? `${numberingMatch[1]!.toLowerCase()} ${numberingMatch[2]!.toLowerCase()}`
    : tag
      ? `priority ${tag[1]}`
      : ordinal
        ? `phase ${cjkNumber(ordinal[1]!)}`
        : undefined;
  const version = findVersion(text);
  // `Alloy Pilot Phase 0` names its phase, but only `Phase 0` up front makes a heading surely one
  // (`Conclusion of Phase 3` does not).
  const upFront = ordinal !== null || numberingMatch?.[0].trimStart().toLowerCase().startsWith(numberingMatch[1]!.toLowerCase()) === true;
  let strength: HeadingInfo['strength'] = upFront ? 2 : tag ? 1 : 0;
  if (version) {
    strength = version.index === 0 || upFront ? 2 : Math.max(strength, 1) as 1 | 2;
    // `Orbit 2.4`: without its version the product name alone would not tell releases apart.
    if (!version.named) text = cut(text, version.index, version.length);
  }
  // The number of `Sprint 4` or `Milestone 3` is not a date: look for dates after it.
  const skip = (numberingMatch ?? tag ?? ordinal)?.[0].length ?? 0;
  const date = findDate(text.slice(skip), { now });
  if (date) {
    if (date.span && !when) when = date.span;
    else if (date.timeframe) timeframe = date.timeframe;
    text = cut(text, skip + date.index, date.length);
    strength = Math.max(strength, 1) as 1 | 2;
  }
  const extracted = extractStatus(text);
  status ??= extracted.status ?? emojiStatus;
  let title = extracted.text;
  const parts = title.split(TITLE_SEPARATOR);
  const first = parts[0];
  const firstIsTimeframe = first !== undefined && isTimeframeWord(first);
  // `Short-term (6-12 months after MVP)`: a timeframe word with its gloss in brackets.
  const glossed = first === undefined || firstIsTimeframe || !first.endsWith(')') ? undefined : GLOSSED.exec(first)?.[1];
  if (!timeframe && first !== undefined && glossed !== undefined && isTimeframeWord(glossed)) {
    timeframe = first;
    title = cleanTitle(first);
    strength = Math.max(strength, 1) as 1 | 2;
  }
  if (!timeframe && first !== undefined && firstIsTimeframe) {
    timeframe = unbracket(cleanTitle(first));
    // `Soon — v0.3 / v0.4`: with the versions out, nothing but the timeframe is left to name it.
    const others = parts.slice(1).join(' - ');
    const rest = cleanTitle(others.replace(DOTTED_VERSION, ' '));
    title = LETTER_OR_DIGIT.test(rest) ? unwrapParentheses(cleanTitle(others)) : timeframe;
    strength = Math.max(strength, 1) as 1 | 2;
  }
  // `## ✅ Completed` is all status: its words are still the best title it has.
  return {
    title: title || (version?.version ?? when?.label ?? timeframe ?? (cleanTitle(stripEmoji(raw)) || 'Untitled')),
    isFallbackTitle: title === '',
    version: version?.version,
    when,
    timeframe: when ? undefined : timeframe,
    status,
    numbering,
    strength,
  };
}
