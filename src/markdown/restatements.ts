import type { PhaseDraft, ReadContext } from './drafts.js';
import { applyPhaseDate } from './phaseDates.js';
import { matchNumbering } from './vocabulary/numbering.js';

/** `Phase 1: Foundation & CSV` and `1. Foundation & CSV` both give `foundation & csv`. */
function bareTitle(title: string): string {
  const numbered = matchNumbering(title);
  const rest = numbered ? title.slice(numbered[0].length) : title.replace(/^\s*\d+(?:\.\d+)*[.):]?\s+/, '');
  return rest
    .toLowerCase()
    .replace(/[^\p{L}\p{N}&]+/gu, ' ')
    .trim();
}

function keysOf(phase: PhaseDraft): string[] {
  const keys: string[] = [];
  if (phase.numbering !== undefined) keys.push(`#${phase.numbering}`);
  const title = bareTitle(phase.title);
  if (title !== '') keys.push(`=${title}`);
  return keys;
}

function isEmpty(phase: PhaseDraft): boolean {
  return phase.metrics.length === 0 && phase.groups.every((group) => group.items.length === 0);
}

/**
 * A phase restated without any work of its own (a row of a summary table, a line of a phase list)
 * that names a phase read elsewhere, by its numbering (`Phase 2`) or its title (`2. Sync` for
 * `Phase 2: Sync`), is that phase: what it adds (status, dates, summary) fills its gaps.
 */
export function mergeRestatements(phases: readonly PhaseDraft[], ctx: ReadContext): PhaseDraft[] {
  const full = new Map<string, PhaseDraft>();
  for (const phase of phases) {
    if (isEmpty(phase)) continue;
    for (const key of keysOf(phase)) if (!full.has(key)) full.set(key, phase);
  }
  return phases.filter((phase) => {
    if (!isEmpty(phase)) return true;
    const target = keysOf(phase)
      .map((key) => full.get(key))
      .find((found) => found !== undefined && found !== phase && (found.version === undefined || phase.version === undefined || found.version === phase.version));
    if (!target) return true;
    ctx.diagnostics.info(phase.line, `"${phase.title}" restates "${target.title}" (line ${target.line}); read as that phase`);
    target.status ??= phase.status;
    target.summary ??= phase.summary;
    if (phase.when && !target.when) applyPhaseDate(target, phase.when, phase.line, ctx);
    else if (!target.when) target.timeframe ??= phase.timeframe;
    return false;
  });
}
