import type { IdRegistry } from './createIdRegistry.js';
import { derivePhaseStatus } from './derivePhaseStatus.js';
import { slugify } from './slugify.js';
import type { Item, ItemGroup, Metric, Phase } from './types.js';
import { STATUSES } from './types.js';
import { validateDateSpan } from './validateDateSpan.js';
import { validateItem } from './validateItem.js';
import { validateMetric } from './validateMetric.js';
import type { ValidationContext } from './validationContext.js';
import { childPath, describeValue, isRecord } from './validationContext.js';
import { readOptionalArray, readOptionalChoice, readOptionalString, readRequiredString, withFields } from './validationFields.js';

/** The id registries of one roadmap: ids are unique per kind. */
export interface RoadmapIds {
  phases: IdRegistry;
  items: IdRegistry;
  metrics: IdRegistry;
}

function validateGroup(
  ctx: ValidationContext,
  input: unknown,
  path: string,
  ids: RoadmapIds,
  phaseStatus: Phase['status'] | undefined,
): ItemGroup | undefined {
  if (!isRecord(input)) {
    ctx.report(path, `${describeValue(input)} is not an item group (expected { title?, items })`);
    return undefined;
  }
  const title = readOptionalString(ctx, input, 'title', path);
  const fallback = phaseStatus === 'done' ? 'done' : 'planned';
  const items: Item[] = [];
  readOptionalArray(ctx, input, 'items', path).forEach((item, index) => {
    const valid = validateItem(ctx, item, childPath(childPath(path, 'items'), index), ids.items, fallback);
    if (valid) items.push(valid);
  });
  return withFields<ItemGroup>(input, { title, items });
}

/** Checks a `Phase`, fills its arrays, gives it a unique id and derives a missing status from its items. */
export function validatePhase(ctx: ValidationContext, input: unknown, path: string, ids: RoadmapIds): Phase | undefined {
  if (!isRecord(input)) {
    ctx.report(path, `${describeValue(input)} is not a phase (expected { title, status?, groups? })`);
    return undefined;
  }
  const before = ctx.issues.length;
  const title = readRequiredString(ctx, input, 'title', path);
  const version = readOptionalString(ctx, input, 'version', path);
  const explicitStatus = readOptionalChoice(ctx, input, 'status', path, STATUSES);
  const when = input.when === undefined ? undefined : validateDateSpan(ctx, input.when, childPath(path, 'when'));
  const timeframe = readOptionalString(ctx, input, 'timeframe', path);
  const summary = readOptionalString(ctx, input, 'summary', path);
  const groups: ItemGroup[] = [];
  readOptionalArray(ctx, input, 'groups', path).forEach((group, index) => {
    const valid = validateGroup(ctx, group, childPath(childPath(path, 'groups'), index), ids, explicitStatus);
    if (valid) groups.push(valid);
  });
  const metrics: Metric[] = [];
  readOptionalArray(ctx, input, 'metrics', path).forEach((metric, index) => {
    const valid = validateMetric(ctx, metric, childPath(childPath(path, 'metrics'), index), ids.metrics);
    if (valid) metrics.push(valid);
  });
  const wantedId = readOptionalString(ctx, input, 'id', path);
  if (title === undefined || ctx.issues.length > before) return undefined;
  const status = explicitStatus ?? derivePhaseStatus(groups.flatMap((group) => group.items));
  const id = ids.phases.claim(wantedId?.trim() || slugify([version, title].filter(Boolean).join(' '), 'phase'));
  return withFields<Phase>(input, { id, title, version, status, when, timeframe, summary, groups, metrics });
}
