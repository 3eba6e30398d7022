import { stripEmoji } from './statuses.js';
import { SHORTCODES } from './vocabulary/shortcodes.js';
import { collapseWhitespace } from './collapseWhitespace.js';

const SUMMARY = /<summary\b[^>]*>([\s\S]*?)<\/summary\s*>/i;
const DETAILS_OPEN = /^\s*<details\b[^>]*>\s*$/i;
const DETAILS_CLOSE = /^\s*<\/details\s*>\s*$/i;

/** The title of a `<details><summary>v1.2 — Sync</summary>` block opening, or `undefined`. */
export function summaryTitle(html: string): string | undefined {
  const summary = SUMMARY.exec(html);
  if (!summary) return undefined;
  // Emoji stay: `✅` in a summary marks the release done, as in a heading.
  const title = cleanSiteMarkup(withoutTags(summary[1]!));
  return stripEmoji(title).trim() === '' ? undefined : title;
}

/** Whether an HTML block only opens or closes a `<details>` block (structure, not content). */
export function isDetailsTag(html: string): 'open' | 'close' | undefined {
  if (DETAILS_CLOSE.test(html)) return 'close';
  return DETAILS_OPEN.test(html) ? 'open' : undefined;
}

// `{#sync}`, `{ .badge .green }`, `{: .new }`: attribute lists of MkDocs and other site generators.
const ATTRIBUTE_LIST = /\s*\{:?\s*[#.][^{}]*\}/g;
// `:material-check:`, `:fontawesome-solid-rocket:`, `:octicons-tag-24:`: icon shortcodes that render as pictures.
const ICON = /:(?:material|fontawesome|octicons|simple)-[a-z0-9-]+:/g;
const SHORTCODE = /:([a-z0-9_+-]+):/g;
/** SHORTCODE once, without its global state: every icon is also written in its form. */
const HAS_SHORTCODE = /:[a-z0-9_+-]+:/;

/**
 * A heading's text without the markup site generators leave in it: attribute lists, icon
 * shortcodes; emoji shortcodes become the emoji they render (`:white_check_mark:` → ✅), so
 * they still mark a status.
 */
export function cleanSiteMarkup(text: string): string {
  // Attribute lists hold a `{`, icons and shortcodes a `:name:`: most headings have neither.
  const withoutAttributes = text.includes('{') ? text.replace(ATTRIBUTE_LIST, '') : text;
  const withoutIcons = HAS_SHORTCODE.test(withoutAttributes)
    ? withoutAttributes.replace(ICON, '').replace(SHORTCODE, (whole, name: string) => (Object.hasOwn(SHORTCODES, name) ? SHORTCODES[name]! : whole))
    : withoutAttributes;
  return collapseWhitespace(withoutIcons).trim();
}

function withoutTags(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&');
}

/** A heading's text without its tags, entities or emoji. */
export function headingText(html: string): string {
  return stripEmoji(withoutTags(html)).replace(/\s+/g, ' ').trim();
}

