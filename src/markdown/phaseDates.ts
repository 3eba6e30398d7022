import { spansOverlap } from '../dates/compareSpans.js';
import { isFinerPrecision } from '../dates/dateSpans.js';
import type { DateSpan } from '../model/types.js';
import type { PhaseDraft, ReadContext } from './drafts.js';
import { findDate } from './fuzzyDates.js';
import { isDoneDateKey, isGoalOrDateKey, isTimeframeKey } from './keyValues.js';
import { TARGET_PHRASES } from './vocabulary/keyWords.js';

/**
 * Gives a phase a date. When it already has one, the more precise wins (a heading's `Q2 2025` and
 * a `**Target Date**: June 2025` give June); dates that do not overlap are a warning.
 */
export function applyPhaseDate(phase: PhaseDraft, span: DateSpan, line: number, ctx: ReadContext): void {
  const known = phase.when;
  if (!known) {
    phase.when = span;
    delete phase.timeframe;
    return;
  }
  const kept = isFinerPrecision(span.precision, known.precision) ? span : known;
  if (!spansOverlap(known, span)) {
    ctx.diagnostics.warn(line, `dates of "${phase.title}" disagree: ${JSON.stringify(known.label ?? known.start)} and ${JSON.stringify(span.label ?? span.start)} do not overlap; kept ${JSON.stringify(kept.label ?? kept.start)}`);
  }
  phase.when = kept;
}

/** Reads the value of a date key (`**ETA**: February 2025`, `**Timeline**: Ongoing R&D`) into a phase. */
export function applyDateValue(phase: PhaseDraft, key: string, value: string, line: number, ctx: ReadContext): void {
  const found = findDate(value, { now: ctx.now, yearlessMonths: true });
  if (found?.span) {
    applyPhaseDate(phase, found.span, line, ctx);
    if (isDoneDateKey(key)) phase.status ??= 'done';
    return;
  }
  const timeframe = found?.timeframe ?? (isTimeframeKey(key) ? value.trim() : undefined);
  if (timeframe) {
    if (!phase.when) phase.timeframe ??= timeframe;
    return;
  }
  if (isGoalOrDateKey(key) && phase.summary === undefined && value.trim() !== '') {
    phase.summary = value.trim();
    return;
  }
  ctx.diagnostics.warn(line, `${key}: ${JSON.stringify(value)} is not a date this importer knows (expected e.g. 2025-12-25, June 2025, Q2 2026, H2 2026, 2027+)`);
}

/**
 * The date of a `Key: date` line whose value is a date and nothing else (`Development: Q4 2022`,
 * `**Beta**: March 2026`): whatever the key, such a line in a phase dates the phase.
 */
export function wholeDateOf(value: string, now: string): DateSpan | undefined {
  const trimmed = value.replace(/[\s.;,*_]+$/, '').trim();
  const found = findDate(trimmed, { now, yearlessMonths: true });
  return found?.span && found.index === 0 && found.length === trimmed.length ? found.span : undefined;
}

const TARGET_PHRASE = new RegExp(`(?<![\\p{L}])(?:${TARGET_PHRASES.join('|')})(?![\\p{L}])`, 'iu');

/** The date a sentence of prose puts on its phase after a phrase such as `targeted for` (`… targeted for v1.21 (September 2026).`). */
export function targetDateOf(sentence: string, now: string): DateSpan | undefined {
  const phrase = TARGET_PHRASE.exec(sentence);
  if (!phrase) return undefined;
  const rest = sentence.slice(phrase.index + phrase[0].length);
  const end = rest.search(/[.!?。](?:\s|$)/);
  return findDate(end < 0 ? rest : rest.slice(0, end), { now })?.span;
}
