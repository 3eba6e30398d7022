import type { IdRegistry } from './createIdRegistry.js';
import { derivePhaseStatus } from './derivePhaseStatus.js';
import { slugify } from './slugify.js';
import type { Item, ItemGroup, Metric, Phase } from './types.js';
import { STATUSES } from './types.js';
import { readDateSpan } from './readDateSpan.js';
import { readItem } from './readItem.js';
import { readMetric } from './readMetric.js';
import type { ValidationContext } from './validationContext.js';
import { childPath, openRecord, ownField } from './validationContext.js';
import { readEach, readOptionalChoice, readOptionalString, readRequiredString, withFields } from './validationFields.js';

/** The id registries of one roadmap: ids are unique per kind. */
export interface RoadmapIds {
  phases: IdRegistry;
  items: IdRegistry;
  metrics: IdRegistry;
}

function readGroup(
  ctx: ValidationContext,
  value: unknown,
  path: string,
  ids: RoadmapIds,
  phaseStatus: Phase['status'] | undefined,
): ItemGroup | undefined {
  const input = openRecord(ctx, value, path, 'an item group (expected { title?, items })');
  if (!input) return undefined;
  const title = readOptionalString(ctx, input, 'title', path);
  const fallback = phaseStatus === 'done' ? 'done' : 'planned';
  const items: Item[] = readEach(ctx, input, 'items', path, (item, itemPath) => readItem(ctx, item, itemPath, ids.items, fallback));
  return withFields<ItemGroup>(input, { title, items });
}

/** Reads a `Phase`, fills its arrays, gives it a unique id and derives a missing status from its items. */
export function readPhase(ctx: ValidationContext, value: unknown, path: string, ids: RoadmapIds): Phase | undefined {
  const before = ctx.issues.length;
  const input = openRecord(ctx, value, path, 'a phase (expected { title, status?, groups? })');
  if (!input) return undefined;
  const title = readRequiredString(ctx, input, 'title', path);
  const version = readOptionalString(ctx, input, 'version', path);
  const explicitStatus = readOptionalChoice(ctx, input, 'status', path, STATUSES);
  const rawWhen = ownField(input, 'when');
  const when = rawWhen === undefined ? undefined : readDateSpan(ctx, rawWhen, childPath(path, 'when'));
  const timeframe = readOptionalString(ctx, input, 'timeframe', path);
  const summary = readOptionalString(ctx, input, 'summary', path);
  const groups: ItemGroup[] = readEach(ctx, input, 'groups', path, (group, groupPath) => readGroup(ctx, group, groupPath, ids, explicitStatus));
  const metrics: Metric[] = readEach(ctx, input, 'metrics', path, (metric, metricPath) => readMetric(ctx, metric, metricPath, ids.metrics));
  const wantedId = readOptionalString(ctx, input, 'id', path);
  if (title === undefined || ctx.issues.length > before) return undefined;
  const status = explicitStatus ?? derivePhaseStatus(groups.flatMap((group) => group.items));
  const id = ids.phases.claim(wantedId?.trim() || slugify([version, title].filter(Boolean).join(' '), 'phase'));
  return withFields<Phase>(input, { id, title, version, status, when, timeframe, summary, groups, metrics });
}
