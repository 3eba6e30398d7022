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
import { fieldsOf, modelFields, openRecord } from './validationContext.js';
import { optionalChoice, optionalString, readEach, readNested, requiredString, withFields } from './validationFields.js';

/** The id registries of one roadmap: ids are unique per kind. */
export interface RoadmapIds {
  phases: IdRegistry;
  items: IdRegistry;
  metrics: IdRegistry;
}

const GROUP_FIELDS = modelFields(['title', 'items']);
const FIELDS = modelFields(['id', 'title', 'version', 'status', 'when', 'timeframe', 'summary', 'groups', 'metrics']);

/** Reads an item group; its items without a status get `itemStatus`. */
function readGroup(ctx: ValidationContext, value: unknown, ids: RoadmapIds, itemStatus: Status): ItemGroup | undefined {
  if (!openRecord(ctx, value, 'an item group (expected { title?, items })')) return undefined;
  const input = value as Record<string, unknown>;
  const fields = fieldsOf(ctx, input, GROUP_FIELDS);
  const title = optionalString(ctx, fields.title, 'title');
  const items: Item[] = readEach(ctx, fields.items, 'items', readItem, ids.items, itemStatus);
  return withFields<ItemGroup>(input, GROUP_FIELDS, [title, items]);
}

/** Reads a `Phase`, fills its arrays, gives it a unique id and derives a missing status from its items. */
export function readPhase(ctx: ValidationContext, value: unknown, ids: RoadmapIds): Phase | undefined {
  const before = ctx.issues.length;
  if (!openRecord(ctx, value, 'a phase (expected { title, status?, groups? })')) return undefined;
  const input = value as Record<string, unknown>;
  const fields = fieldsOf(ctx, input, FIELDS);
  const title = requiredString(ctx, fields.title, 'title');
  const version = optionalString(ctx, fields.version, 'version');
  const explicitStatus = optionalChoice(ctx, fields.status, 'status', STATUSES);
  const rawWhen = fields.when;
  const when = rawWhen === undefined ? undefined : readNested(ctx, rawWhen, 'when', readDateSpan);
  const timeframe = optionalString(ctx, fields.timeframe, 'timeframe');
  const summary = optionalString(ctx, fields.summary, 'summary');
  // Items without a status are done inside a phase marked done, else planned.
  const groups: ItemGroup[] = readEach(ctx, fields.groups, 'groups', readGroup, ids, explicitStatus === 'done' ? 'done' : 'planned');
  const metrics: Metric[] = readEach(ctx, fields.metrics, 'metrics', readMetric, ids.metrics, undefined);
  const wantedId = optionalString(ctx, fields.id, 'id');
  if (title === undefined || ctx.issues.length > before) return undefined;
  const status = explicitStatus ?? derivePhaseStatus(itemsOfGroups(groups));
  const id = ids.phases.claim(wantedId?.trim() || slugify(version ? `${version} ${title}` : title, 'phase'));
  return withFields<Phase>(input, FIELDS, [id, title, version, status, when, timeframe, summary, groups, metrics]);
}
