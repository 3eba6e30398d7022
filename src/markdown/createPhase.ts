// Its own module because the table readers and the section reader all start phases with it, and
// they import each other's callers: here it keeps the readers free of import cycles.
import type { PhaseDraft } from './drafts.js';
import type { HeadingInfo } from './headings.js';

/** A new phase from its heading. */
export function createPhase(info: HeadingInfo, line: number): PhaseDraft {
  const phase: PhaseDraft = { line, title: info.title, isFallbackTitle: info.isFallbackTitle, groups: [], metrics: [] };
  if (info.version) phase.version = info.version;
  if (info.numbering) phase.numbering = info.numbering;
  if (info.status) phase.status = info.status;
  if (info.when) phase.when = info.when;
  if (info.timeframe) phase.timeframe = info.timeframe;
  return phase;
}
