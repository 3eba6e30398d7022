import { createIdRegistry } from '../model/createIdRegistry.js';
import { derivePhaseStatus } from '../model/derivePhaseStatus.js';
import { slugify } from '../model/slugify.js';
import type { Item, ItemGroup, Metric, Phase, Roadmap, Status } from '../model/types.js';
import type { MetricDraft } from './metrics.js';
import type { PhaseDraft, ReadContext } from './drafts.js';
import { applyPhaseDate } from './phaseDates.js';
import { mergeRestatements } from './restatements.js';
import { versionKey } from './versions.js';

/** A version as written, but for case and a leading `v`: `v1` and `v1.0` stay apart (`Beyond v1` is not `v1.0`). */
function writtenVersion(version: string): string {
  return version.toLowerCase().replace(/^v/, '');
}

/**
 * One phase per version: the same version written again (a status banner and a release note, a
 * heading and a table row) is merged into the first.
 */
function mergeVersions(phases: readonly PhaseDraft[], ctx: ReadContext): PhaseDraft[] {
  const byVersion = new Map<string, PhaseDraft>();
  const kept: PhaseDraft[] = [];
  for (const phase of phases) {
    const key = phase.version === undefined ? undefined : writtenVersion(phase.version);
    const first = key === undefined ? undefined : byVersion.get(key);
    if (key !== undefined && !first) byVersion.set(key, phase);
    if (!first) {
      kept.push(phase);
      continue;
    }
    ctx.diagnostics.info(phase.line, `${phase.version} appears again; merged into "${first.title}" (line ${first.line})`);
    if (first.isFallbackTitle && !phase.isFallbackTitle) {
      first.title = phase.title;
      first.isFallbackTitle = false;
    }
    first.status ??= phase.status;
    first.summary ??= phase.summary;
    if (phase.when) applyPhaseDate(first, phase.when, phase.line, ctx);
    else if (!first.when) first.timeframe ??= phase.timeframe;
    first.groups.push(...phase.groups);
    first.metrics.push(...phase.metrics);
  }
  return kept;
}

/** Gives criteria that name a phase (`Phase 1 Exit Criteria`) to that phase, wherever they stood. */
function attachPendingCriteria(phases: readonly PhaseDraft[], ctx: ReadContext): void {
  const byName = new Map<string, PhaseDraft>();
  for (const phase of phases) {
    if (phase.numbering !== undefined && !byName.has(phase.numbering)) byName.set(phase.numbering, phase);
    const version = phase.version === undefined ? undefined : `v ${versionKey(phase.version)}`;
    if (version !== undefined && !byName.has(version)) byName.set(version, phase);
  }
  for (const pending of ctx.roadmap.pending) {
    const target =
      (pending.numbering === undefined ? undefined : byName.get(pending.numbering)) ??
      (pending.version === undefined ? undefined : byName.get(`v ${versionKey(pending.version)}`));
    if (target) {
      target.metrics.push(...pending.metrics);
      if (pending.group.items.length > 0) target.groups.push(pending.group);
      continue;
    }
    ctx.roadmap.metrics.push(...pending.metrics);
    if (pending.metrics.length > 0 || pending.group.items.length > 0) {
      ctx.diagnostics.warn(pending.line, `"${pending.heading}" names a phase that is not in the roadmap; its metrics count as roadmap-wide${pending.group.items.length > 0 ? ' and its criteria without numbers were left out' : ''}`);
    }
  }
}

function toMetric(draft: MetricDraft, ids: ReturnType<typeof createIdRegistry>): Metric {
  return { id: ids.claim(slugify(draft.label, 'metric')), ...draft };
}

// `Now` is under way even before any of its items is.
const CURRENT_TIMEFRAME = /^(?:now|current|in\s+progress)$/i;

/**
 * Turns the drafts into a normalised roadmap: versions merged, named criteria attached, statuses
 * settled (an item's own marker, else its group's, else done in an explicitly done phase, else
 * planned; a phase's own marker, else from its items) and ids made unique.
 */
export function assembleRoadmap(ctx: ReadContext, title: string): Roadmap {
  const phaseIds = createIdRegistry();
  const itemIds = createIdRegistry();
  const metricIds = createIdRegistry();
  const drafts = mergeVersions(mergeRestatements(ctx.roadmap.phases, ctx), ctx);
  attachPendingCriteria(drafts, ctx);
  const phases = drafts.map((draft): Phase => {
    const fallback: Status = draft.status === 'done' ? 'done' : 'planned';
    const groups = draft.groups
      .filter((group) => group.items.length > 0)
      .map((group): ItemGroup => {
        const items = group.items.map((draftItem): Item => {
          const item: Item = { id: itemIds.claim(slugify(draftItem.title, 'item')), title: draftItem.title, status: draftItem.status ?? group.status ?? fallback };
          if (draftItem.detail) item.detail = draftItem.detail;
          if (draftItem.href) item.href = draftItem.href;
          if (draftItem.tags) item.tags = draftItem.tags;
          return item;
        });
        return group.title === undefined ? { items } : { title: group.title, items };
      });
    let status = draft.status ?? derivePhaseStatus(groups.flatMap((group) => group.items));
    if (!draft.status && status === 'planned' && draft.timeframe && CURRENT_TIMEFRAME.test(draft.timeframe)) status = 'in-progress';
    const phase: Phase = {
      // `Orbit 2.0` already holds its version: `orbit-2-0`, not `2-0-orbit-2-0`.
      id: phaseIds.claim(slugify(draft.version !== undefined && draft.title.includes(draft.version) ? draft.title : [draft.version, draft.title].filter(Boolean).join(' '), 'phase')),
      title: draft.title,
      status,
      groups,
      metrics: draft.metrics.map((metric) => toMetric(metric, metricIds)),
    };
    if (draft.version) phase.version = draft.version;
    if (draft.when) phase.when = draft.when;
    else if (draft.timeframe) phase.timeframe = draft.timeframe;
    if (draft.summary) phase.summary = draft.summary;
    return phase;
  });
  const roadmap: Roadmap = { title, phases, metrics: ctx.roadmap.metrics.map((metric) => toMetric(metric, metricIds)), cadences: ctx.roadmap.cadences };
  if (ctx.roadmap.summary) roadmap.summary = ctx.roadmap.summary;
  if (ctx.roadmap.updated) roadmap.updated = ctx.roadmap.updated;
  return roadmap;
}
