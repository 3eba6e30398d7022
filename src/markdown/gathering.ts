import type { RootContent } from 'mdast';
import type { Status } from '../model/types.js';
import { classifySection } from './classifySection.js';
import type { ReadContext } from './drafts.js';
import type { HeadingInfo } from './headings.js';
import { paragraphLines, readKeyValue } from './inline.js';
import { classifyKey, isKnownKey } from './keyValues.js';
import type { Section } from './sections.js';
import { isPastBucket } from './vocabulary/gathering.js';
import { versionKey } from './versions.js';

/**
 * How a phase-like section stands to the phase-like sections under it:
 * - `gather`: it only gathers them (`Upcoming releases`, `## 2025`), and is no phase itself;
 * - `phase`: it is one phase, its sub-sections its parts (`Phase 1` over `Phase 1 Goals`, `1.2 Login`);
 * - `peers`: it is a phase and so are they, written a level too high (`# 0.7` among `## 0.x`).
 */
export type Gathering = 'gather' | 'phase' | 'peers';

/** The number that names a phase: `1` for `Phase 1`, `1.2` for `v1.2.0`. */
function identityOf(info: HeadingInfo): string | undefined {
  if (info.numbering !== undefined) return info.numbering.replace(/^\S+\s+/, '');
  return info.version === undefined ? undefined : versionKey(info.version);
}

/**
 * Whether `child` is a part of the phase `parent` rather than a phase of its own: it repeats the
 * parent's numbering (`Phase 1 Goals` under `Phase 1`) or numbers a work package inside it (`1.2`
 * under `Phase 1`).
 */
export function isPartOf(child: HeadingInfo, parent: HeadingInfo): boolean {
  const own = identityOf(parent);
  const theirs = identityOf(child);
  if (own === undefined || theirs === undefined) return false;
  if (child.numbering !== undefined && parent.numbering !== undefined) return child.numbering === parent.numbering;
  return parent.numbering !== undefined && theirs.startsWith(`${own}.`);
}

/** Whether the blocks carry a date or status line (`**Timeline**: Ongoing R&D`), which belongs to a phase. */
export function hasPhaseKeys(blocks: readonly RootContent[]): boolean {
  return blocks.some(
    (block) =>
      block.type === 'paragraph' &&
      paragraphLines(block).some((line) => {
        const pair = readKeyValue(line, isKnownKey);
        const kind = pair?.hasColon ? classifyKey(pair.key) : 'other';
        return kind === 'date' || kind === 'status';
      }),
  );
}

/** Whether two phase headings are written alike: both versions, both dated, or the same numbering word. */
export function sameForm(a: HeadingInfo, b: HeadingInfo): boolean {
  if (a.numbering !== undefined || b.numbering !== undefined) return a.numbering?.split(' ')[0] === b.numbering?.split(' ')[0];
  if (a.version !== undefined || b.version !== undefined) return a.version !== undefined && b.version !== undefined;
  return a.when !== undefined && b.when !== undefined;
}

/** Decides how a phase-like section stands to its phase-like sub-sections. */
export function gatheringOf(section: Section, info: HeadingInfo, ctx: ReadContext): Gathering {
  const phases = section.children
    .map((child) => classifySection(child, 'top', ctx.now))
    .filter((kind) => kind.kind === 'phase' && kind.info.strength >= Math.max(info.strength, 1) && !isPartOf(kind.info, info))
    .map((kind) => kind.info);
  if (phases.length === 0 || hasPhaseKeys(section.blocks)) return 'phase';
  const ownItems = section.blocks.some((block) => block.type === 'list');
  return ownItems && info.strength > 0 && phases.every((child) => sameForm(child, info)) ? 'peers' : 'gather';
}

/**
 * The status a gathering heading gives what it gathers: its own status word (`✅ Done`), or done for
 * a bucket of past releases (`Historical`). Planned is not passed down: work under `Upcoming` may
 * well have started.
 */
export function gatheredStatus(section: Section, info: HeadingInfo): Status | undefined {
  const status = info.status ?? (isPastBucket(section.text) ? 'done' : undefined);
  return status === 'planned' ? undefined : status;
}

/** Gives the phases read since `from` the gathered status, where they have none of their own. */
export function applyGatheredStatus(ctx: ReadContext, from: number, status: Status | undefined): void {
  if (status === undefined) return;
  for (const phase of ctx.roadmap.phases.slice(from)) phase.status ??= status;
}
