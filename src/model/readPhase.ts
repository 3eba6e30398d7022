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
import { copyWithFields, optionalChoice, optionalString, readEach, readNested, requiredString } from './validationFields.js';

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
  const rawTitle = fields.title;
  const title = optionalString(ctx, rawTitle, 'title');
  const rawItems = fields.items;
  const items: Item[] = readEach(ctx, rawItems, 'items', readItem, ids.items, itemStatus);
  // Already normal (see `withFields`): its own items, and no title held as `undefined`.
  const normal = fields === input && items === rawItems && (rawTitle !== undefined || !('title' in input));
  return normal ? (input as unknown as ItemGroup) : copyWithFields<ItemGroup>(input, GROUP_FIELDS, [title, items]);
}

/** Reads a `Phase`, fills its arrays, gives it a unique id and derives a missing status from its items. */
export function readPhase(ctx: ValidationContext, value: unknown, ids: RoadmapIds): Phase | undefined {
  const before = ctx.issues.length;
  if (!openRecord(ctx, value, 'a phase (expected { title, status?, groups? })')) return undefined;
  const input = value as Record<string, unknown>;
  const fields = fieldsOf(ctx, input, FIELDS);
  const title = requiredString(ctx, fields.title, 'title');
  const rawVersion = fields.version;
  const version = optionalString(ctx, rawVersion, 'version');
  const rawStatus = fields.status;
  const explicitStatus = optionalChoice(ctx, rawStatus, 'status', STATUSES);
  const rawWhen = fields.when;
  const when = rawWhen === undefined ? undefined : readNested(ctx, rawWhen, 'when', readDateSpan);
  const rawTimeframe = fields.timeframe;
  const timeframe = optionalString(ctx, rawTimeframe, 'timeframe');
  const rawSummary = fields.summary;
  const summary = optionalString(ctx, rawSummary, 'summary');
  // Items without a status are done inside a phase marked done, else planned.
  const rawGroups = fields.groups;
  const groups: ItemGroup[] = readEach(ctx, rawGroups, 'groups', readGroup, ids, explicitStatus === 'done' ? 'done' : 'planned');
  const rawMetrics = fields.metrics;
  const metrics: Metric[] = readEach(ctx, rawMetrics, 'metrics', readMetric, ids.metrics, undefined);
  const rawId = fields.id;
  const wantedId = optionalString(ctx, rawId, 'id');
  if (title === undefined || ctx.issues.length > before) return undefined;
  const status = explicitStatus ?? derivePhaseStatus(itemsOfGroups(groups));
  const id = ids.phases.claim(wantedId?.trim() || slugify(version ? `${version} ${title}` : title, 'phase'));
  // Already normal (see `withFields`): its own id, status, span, groups and metrics, and no field held as `undefined`.
  const normal =
    fields === input &&
    id === rawId &&
    status === rawStatus &&
    when === rawWhen &&
    groups === rawGroups &&
    metrics === rawMetrics &&
    (rawWhen !== undefined || !('when' in input)) &&
    (rawVersion !== undefined || !('version' in input)) &&
    (rawTimeframe !== undefined || !('timeframe' in input)) &&
    (rawSummary !== undefined || !('summary' in input));
  return normal ? (input as unknown as Phase) : copyWithFields<Phase>(input, FIELDS, [id, title, version, status, when, timeframe, summary, groups, metrics]);
}
