import type { KeyKind } from './vocabulary/keyWords.js';
import { DONE_DATE_KEYS, GOAL_OR_DATE_KEYS, KEY_WORDS, TIMEFRAME_KEYS } from './vocabulary/keyWords.js';

export type { KeyKind } from './vocabulary/keyWords.js';

const KIND_OF_KEY: ReadonlyMap<string, KeyKind> = new Map(
  [...KEY_WORDS].reverse().flatMap(([kind, words]) => words.map((word) => [word, kind] as const)),
);
const DONE_DATE = new Set(DONE_DATE_KEYS);
const TIMEFRAME = new Set(TIMEFRAME_KEYS);
const GOAL_OR_DATE = new Set(GOAL_OR_DATE_KEYS);

/** A key as compared: lower case, letters and spaces only. */
export function normalizeKey(key: string): string {
  const lower = key.toLowerCase();
  // Most keys are lower-case ASCII words with single spaces (`eta`, `target date`): already normal.
  if (isNormalAsciiKey(lower)) return lower;
  return lower
    .replace(/[^\p{L}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Letters a–z with single spaces between words, nothing at either end. */
function isNormalAsciiKey(key: string): boolean {
  if (key === '' || key.charCodeAt(0) === 32 || key.charCodeAt(key.length - 1) === 32) return false;
  for (let index = 0; index < key.length; index += 1) {
    const code = key.charCodeAt(index);
    if (code >= 97 && code <= 122) continue;
    if (code !== 32 || key.charCodeAt(index - 1) === 32) return false;
  }
  return true;
}

/** What a key announces (`**ETA**` a date, `**Focus**` a summary, `**Exit Criteria**` metrics), in any language the vocabulary knows. */
export function classifyKey(key: string): KeyKind {
  return KIND_OF_KEY.get(normalizeKey(key)) ?? 'other';
}

/** Whether the key announces a date (`ETA`, `Target Date`, `Estimated`, `Released`, `Ziel`). */
export function isDateKey(key: string): boolean {
  return classifyKey(key) === 'date';
}

/** Whether a date under this key says the work is finished (`Released`, `Shipped`, `Completed`). */
export function isDoneDateKey(key: string): boolean {
  return DONE_DATE.has(normalizeKey(key));
}

/** Whether a value without a date under this key is still a time as written (`**Timeline**: Ongoing R&D`). */
export function isTimeframeKey(key: string): boolean {
  return TIMEFRAME.has(normalizeKey(key));
}

/** Whether a value without a date under this key is a goal in words (`**Target**: faster builds`). */
export function isGoalOrDateKey(key: string): boolean {
  return GOAL_OR_DATE.has(normalizeKey(key));
}

/** Whether a key without bold still reads as a key (`Estimated: Q2 2026`, `Status: Done`). */
export function isKnownKey(key: string): boolean {
  const kind = classifyKey(key);
  return kind === 'date' || kind === 'status' || kind === 'updated' || kind === 'criteria' || kind === 'summary';
}
