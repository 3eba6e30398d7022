import type { IdRegistry } from './createIdRegistry.js';
import { isSafeHref } from './isSafeHref.js';
import { slugify } from './slugify.js';
import type { Item, Status } from './types.js';
import { STATUSES } from './types.js';
import type { ValidationContext } from './validationContext.js';
import { childPath, describeValue, openRecord, ownField } from './validationContext.js';
import { readOptionalArray, readOptionalChoice, readOptionalString, readRequiredString, withFields } from './validationFields.js';

/**
 * Reads an `Item`. A missing status becomes `fallbackStatus` (done inside a phase marked done,
 * else planned); an unsafe link is an issue, never silently dropped.
 */
export function readItem(
  ctx: ValidationContext,
  value: unknown,
  path: string,
  ids: IdRegistry,
  fallbackStatus: Status,
): Item | undefined {
  const before = ctx.issues.length;
  const input = openRecord(ctx, value, path, 'an item (expected { title, status? })');
  if (!input) return undefined;
  const title = readRequiredString(ctx, input, 'title', path);
  const detail = readOptionalString(ctx, input, 'detail', path);
  const status = readOptionalChoice(ctx, input, 'status', path, STATUSES) ?? fallbackStatus;
  const href = readOptionalString(ctx, input, 'href', path);
  if (href !== undefined && !isSafeHref(href)) {
    ctx.report(childPath(path, 'href'), `${describeValue(href)} is not a safe link (expected http(s), mailto or a relative URL)`);
  }
  const tags = ownField(input, 'tags') === undefined ? undefined : readOptionalArray(ctx, input, 'tags', path);
  tags?.forEach((tag, index) => {
    if (typeof tag !== 'string') ctx.report(childPath(childPath(path, 'tags'), index), `${describeValue(tag)} is not a string`);
  });
  const wantedId = readOptionalString(ctx, input, 'id', path);
  if (title === undefined || ctx.issues.length > before) return undefined;
  const id = ids.claim(wantedId?.trim() || slugify(title, 'item'));
  return withFields<Item>(input, { id, title, detail, status, href, tags });
}
