import type { HeadingInfo } from './headings.js';
import { parseHeading } from './headings.js';
import type { Section } from './sections.js';
import { stripEmoji } from './statuses.js';
import { CADENCE_SECTION_NAMES } from './vocabulary/cadenceWords.js';
import { METRIC_SECTION_NAMES } from './vocabulary/metricWords.js';
import { isNotPhaseSection, isPresentSection } from './vocabulary/sections.js';
import { firstCharacters } from './vocabulary/wordAlternation.js';

/** What a section is to the importer. */
export type SectionKind =
  | { kind: 'metrics'; info: HeadingInfo }
  | { kind: 'cadence'; info: HeadingInfo }
  | { kind: 'skip'; info: HeadingInfo }
  | { kind: 'phase'; info: HeadingInfo }
  | { kind: 'plain'; info: HeadingInfo };

const METRICS = new RegExp(`${firstCharacters(METRIC_SECTION_NAMES)}(?<![^\\P{L}\\p{Script=Han}])(?:${METRIC_SECTION_NAMES.join('|')})(?![^\\P{L}\\p{Script=Han}])`, 'iu');
const CADENCE = new RegExp(`${firstCharacters(CADENCE_SECTION_NAMES)}(?<![\\p{L}])(?:${CADENCE_SECTION_NAMES.join('|')})(?![\\p{L}])`, 'iu');
// Dated entries of these are records of the past, not phases (`2026-02-01: Core Design Decisions`).
const RECORDS = /\b(?:decisions?|history|changelog|change\s+log|risks?|meeting|minutes|review|retro(?:spective)?)\b/i;
// What may follow a criteria word for the whole heading to be criteria: `Exit Criteria:`, `KPIs (Q1)`.
const ONLY_CLOSING_MARKS = /^[\s:.)\]*_]*(?:\([^()]*\))?[\s:.]*$/;
// Inside a phase, most sub-sections are item groups (`Systemd Support`, `Documentation`); only these are not.
const NOT_GROUP_IN_PHASE = /\b(?:quick\s+stats|stats|statistics|risks?|decision\s+log|decisions|changelog|change\s+log|notes)\b/i;

/**
 * Classifies a section by its heading: success criteria, release schedule, a section that is not a
 * phase (vision, risks, decision log…), a phase-like heading (version, numbered phase, date,
 * `Now`/`Later`), or a plain heading. A numbered phase wins over the not-a-phase words
 * (`Phase 2: Community Edition` is a phase) but not over criteria (`Phase 1 Exit Criteria`).
 */
export function classifySection(section: Section, scope: 'top' | 'phase', now: string): SectionKind {
  // Readers ask again about the same section (peers, gathering, roadmap part, criteria): classify
  // it once, and read its heading once for both scopes. Kept on the section, which lives for one
  // read, so the legend in force is fixed. (A section under a year heading is also asked about
  // against that year: one entry per `now`, rarely more than one.)
  const known = section.classified ?? [];
  section.classified = known;
  let entry = known.find((candidate) => candidate.now === now);
  if (!entry) {
    entry = { now, info: parseHeading(section.text, now) };
    known.push(entry);
  }
  entry[scope] ??= classifyOnce(section, entry.info, scope);
  return entry[scope];
}

function classifyOnce(section: Section, info: HeadingInfo, scope: 'top' | 'phase'): SectionKind {
  const text = stripEmoji(section.text);
  const metrics = METRICS.exec(text);
  // `Phase 1 Exit Criteria` is criteria; `Phase 2: Core KPI & Bottleneck Analysis` is a phase about KPIs.
  if (metrics && (info.strength < 2 || ONLY_CLOSING_MARKS.test(text.slice(metrics.index + metrics[0].length)))) return { kind: 'metrics', info };
  if (CADENCE.test(text)) return { kind: 'cadence', info };
  if (scope === 'phase') return NOT_GROUP_IN_PHASE.test(text) ? { kind: 'skip', info } : { kind: 'plain', info };
  if (info.strength === 2) return { kind: 'phase', info };
  // A date makes a heading a phase (`Q3 2026 — Community features`), unless the section is a record.
  const isDated = info.when !== undefined || info.timeframe !== undefined;
  if (isDated && !RECORDS.test(text)) return { kind: 'phase', info };
  if (isNotPhaseSection(text)) return { kind: 'skip', info };
  // `✅ Current state (v1.1)` describes the present; `Current status: Phase 1 (✅ COMPLETE)` names a phase.
  if (isPresentSection(text) && info.numbering === undefined) return { kind: 'skip', info };
  // A status alone (`## ✅ Completed`, `## 🚧 Search`) makes a phase, though a weaker one than any date.
  return info.strength === 1 || info.status !== undefined ? { kind: 'phase', info } : { kind: 'plain', info };
}
