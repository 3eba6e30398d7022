import type { IdRegistry } from './createIdRegistry.js';
import { isSafeHref } from './isSafeHref.js';
import { slugify } from './slugify.js';
import type { Item, Status } from './types.js';
import { STATUSES } from './types.js';
import type { ValidationContext } from './validationContext.js';
import { describeValue, openRecord, ownField, report } from './validationContext.js';
import { readOptionalArray, readOptionalChoice, readOptionalString, readRequiredString, withFields } from './validationFields.js';

const FIELDS = ['id', 'title', 'detail', 'status', 'href', 'tags'];

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
  const title = readRequiredString(ctx, input, 'title');
  const detail = readOptionalString(ctx, input, 'detail');
  const status = readOptionalChoice(ctx, input, 'status', STATUSES) ?? fallbackStatus;
  const href = readOptionalString(ctx, input, 'href');
  if (href !== undefined && !isSafeHref(href)) {
    report(ctx, `${describeValue(href)} is not a safe link (expected http(s), mailto or a relative URL)`, 'href');
  }
  const tags = ownField(input, 'tags') === undefined ? undefined : readOptionalArray(ctx, input, 'tags');
  if (tags) checkTags(ctx, tags);
  const wantedId = readOptionalString(ctx, input, 'id');
  if (title === undefined || ctx.issues.length > before) return undefined;
  const id = ids.claim(wantedId?.trim() || slugify(title, 'item'));
  return withFields<Item>(input, FIELDS, [id, title, detail, status, href, tags]);
}
