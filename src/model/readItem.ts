import type { IdRegistry } from './createIdRegistry.js';
import { isSafeHref } from './isSafeHref.js';
import { slugify } from './slugify.js';
import type { Item, Status } from './types.js';
import { STATUSES } from './types.js';
import type { ValidationContext } from './validationContext.js';
import { describeValue, fieldsOf, modelFields, openRecord, report } from './validationContext.js';
import { optionalArray, optionalChoice, optionalString, requiredString, withFields } from './validationFields.js';

const FIELDS = modelFields(['id', 'title', 'detail', 'status', 'href', 'tags']);

function checkTags(ctx: ValidationContext, tags: unknown[]): void {
  ctx.keys.push('tags');
  tags.forEach((tag, index) => {
    if (typeof tag !== 'string') report(ctx, `${describeValue(tag)} is not a string`, index);
  });
  ctx.keys.pop();
}

/**
 * Reads an `Item`. A missing status becomes `fallbackStatus` (done inside a phase marked done,
 * else planned); an unsafe link is an issue, never silently dropped.
 */
export function readItem(ctx: ValidationContext, value: unknown, ids: IdRegistry, fallbackStatus: Status): Item | undefined {
  const before = ctx.issues.length;
  if (!openRecord(ctx, value, 'an item (expected { title, status? })')) return undefined;
  const input = value as Record<string, unknown>;
  const fields = fieldsOf(ctx, input, FIELDS);
  const title = requiredString(ctx, fields.title, 'title');
  const detail = optionalString(ctx, fields.detail, 'detail');
  const status = optionalChoice(ctx, fields.status, 'status', STATUSES) ?? fallbackStatus;
  const href = optionalString(ctx, fields.href, 'href');
  if (href !== undefined && !isSafeHref(href)) {
    report(ctx, `${describeValue(href)} is not a safe link (expected http(s), mailto or a relative URL)`, 'href');
  }
  const rawTags = fields.tags;
  const tags = rawTags === undefined ? undefined : optionalArray(ctx, rawTags, 'tags');
  if (tags) checkTags(ctx, tags);
  const wantedId = optionalString(ctx, fields.id, 'id');
  if (title === undefined || ctx.issues.length > before) return undefined;
  const id = ids.claim(wantedId?.trim() || slugify(title, 'item'));
  return withFields<Item>(input, FIELDS, [id, title, detail, status, href, tags]);
}
