import type { IdRegistry } from './createIdRegistry.js';
import { derivePhaseStatus } from './derivePhaseStatus.js';
import { itemsOfGroups } from './phaseProgress.js';
import { readDateSpan } from './readDateSpan.js';
import { readItem } from './readItem.js';
import { readMetric } from './readMetric.js';
import { slugify } from './slugify.js';
import type { Item, ItemGroup, Metric, Phase, Status } from './types.js';
import { STATUSES } from './types.js';
import type { ValidationContext } from './validationContext.js';
import { openRecord, ownField } from './validationContext.js';
import { readEach, readNested, readOptionalChoice, readOptionalString, readRequiredString, withFields } from './validationFields.js';

/** The id registries of one roadmap: ids are unique per kind. */
export interface RoadmapIds {
  phases: IdRegistry;
  items: IdRegistry;
  metrics: IdRegistry;
}

const GROUP_FIELDS = ['title', 'items'];
const FIELDS = ['id', 'title', 'version', 'status', 'when', 'timeframe', 'summary', 'groups', 'metrics'];

/** Reads an item group; its items without a status get `itemStatus`. */
function readGroup(ctx: ValidationContext, value: unknown, ids: RoadmapIds, itemStatus: Status): ItemGroup | undefined {
  if (!openRecord(ctx, value, 'an item group (expected { title?, items })')) return undefined;
  const input = value as Record<string, unknown>;
  const title = readOptionalString(ctx, input, 'title');
  const items: Item[] = readEach(ctx, input, 'items', readItem, ids.items, itemStatus);
  return withFields<ItemGroup>(input, GROUP_FIELDS, [title, items]);
}

/** Reads a `Phase`, fills its arrays, gives it a unique id and derives a missing status from its items. */
export function readPhase(ctx: ValidationContext, value: unknown, ids: RoadmapIds): Phase | undefined {
  const before = ctx.issues.length;
  if (!openRecord(ctx, value, 'a phase (expected { title, status?, groups? })')) return undefined;
  const input = value as Record<string, unknown>;
  const title = readRequiredString(ctx, input, 'title');
  const version = readOptionalString(ctx, input, 'version');
  const explicitStatus = readOptionalChoice(ctx, input, 'status', STATUSES);
  const rawWhen = ownField(input, 'when');
  const when = rawWhen === undefined ? undefined : readNested(ctx, rawWhen, 'when', readDateSpan);
  const timeframe = readOptionalString(ctx, input, 'timeframe');
  const summary = readOptionalString(ctx, input, 'summary');
  // Items without a status are done inside a phase marked done, else planned.
  const groups: ItemGroup[] = readEach(ctx, input, 'groups', readGroup, ids, explicitStatus === 'done' ? 'done' : 'planned');
  const metrics: Metric[] = readEach(ctx, input, 'metrics', readMetric, ids.metrics, undefined);
  const wantedId = readOptionalString(ctx, input, 'id');
  if (title === undefined || ctx.issues.length > before) return undefined;
  const status = explicitStatus ?? derivePhaseStatus(itemsOfGroups(groups));
  const id = ids.phases.claim(wantedId?.trim() || slugify(version ? `${version} ${title}` : title, 'phase'));
  return withFields<Phase>(input, FIELDS, [id, title, version, status, when, timeframe, summary, groups, metrics]);
}
