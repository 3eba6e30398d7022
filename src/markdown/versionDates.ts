import type { DateSpan } from '../model/types.js';
import { findDate } from './fuzzyDates.js';
import { versionKey } from './versions.js';

const VERSION_THEN_BRACKET = /(?<![\p{L}\p{N}.])v?(\d+(?:\.\d+)+)\s*\(([^()]{1,60})\)/giu;

/**
 * The date a phase's prose gives next to the phase's own version: `…targeted for Orbit v2.4
 * (September 2026).` Another version's date (`v2.3 (May 2026)`) is not this phase's.
 */
export function dateNextToVersion(text: string, version: string, now: string): DateSpan | undefined {
  const own = versionKey(version);
  for (const match of text.matchAll(VERSION_THEN_BRACKET)) {
    if (versionKey(match[1]!) !== own) continue;
    const found = findDate(match[2]!, { now });
    if (found?.span && match[2]!.trim().length === found.length) return found.span;
  }
  return undefined;
}
