import type { List, ListItem, Paragraph, PhrasingContent } from 'mdast';
import { isSafeHref } from '../model/isSafeHref.js';
import type { Status } from '../model/types.js';
import { quote } from './diagnostics.js';
import type { ItemDraft, ReadContext } from './drafts.js';
import { collapseWhitespace } from './collapseWhitespace.js';
import type { InlineLine } from './inline.js';
import { collectLinks, isStruckThrough, leadOf, lineOf, plainText, paragraphLines } from './inline.js';
import type { StatusExtraction } from './statuses.js';
import { extractStatus } from './statuses.js';
import { CHECKBOX_MARKS } from './vocabulary/statusWords.js';

/** A bullet read from a list: an item, or a lead-in (`**Features**:`) that titles its nested bullets. */
export type ListEntry =
  | { kind: 'item'; item: ItemDraft }
  | { kind: 'lead'; title: string; status?: Status; line: number; entries: ListEntry[] };

const TEXT_CHECKBOX = /^\[([ xX~\-/✓✔✗✘])\]\s+/;

/** Whether a line of text opens with a checkbox written out (`[x] Login`, `[✓] Export`): an item outside a list. */
export function isCheckboxLine(text: string): boolean {
  return TEXT_CHECKBOX.test(text);
}

/** Keeps the first safe link as the item's `href`; refuses the others with a diagnostic. */
export function pickHref(nodes: readonly PhrasingContent[], ctx: ReadContext): string | undefined {
  let href: string | undefined;
  for (const link of collectLinks(nodes)) {
    if (!isSafeHref(link.url)) {
      ctx.diagnostics.warn(link.line, `link ${quote(link.url)} dropped (only http(s), mailto and relative URLs are kept)`);
    } else {
      href ??= link.url;
    }
  }
  return href;
}

function textStatus(text: string): { status?: Status; text: string } {
  const extracted = extractStatus(text);
  // A title that is nothing but a status word (`Active`) keeps its text.
  return extracted.text === '' ? { text: text.trim() } : extracted;
}

/**
 * Reads one line of markup as an item: `**Title**: detail`, `**Title** - detail`, or plain text,
 * with status from struck-through text (cancelled), status words and emoji, then the checkbox.
 */
export function readItemLine(inlineLine: InlineLine, checked: boolean | undefined, ctx: ReadContext): ItemDraft | undefined {
  const { nodes, line } = inlineLine;
  let text = collapseWhitespace(inlineLine.text).trim();
  let isChecked = checked;
  let boxStatus: Status | undefined;
  const box = TEXT_CHECKBOX.exec(text);
  if (box && isChecked === undefined) {
    isChecked = /[xX✓✔]/.test(box[1]!);
    boxStatus = CHECKBOX_MARKS[box[1]!];
    text = text.slice(box[0].length);
  }
  if (text === '') return undefined;
  const lead = leadOf(inlineLine);
  // The whole line's status markers, read at most once: without a lead they are also the title's;
  // with one, only when its key and value name no status (or it has no value).
  let wholeLine: StatusExtraction | undefined;
  const whole = (): StatusExtraction => (wholeLine ??= extractStatus(text));
  const title = lead ? textStatus(lead.key) : whole().text === '' ? { text } : whole();
  const detail = lead && lead.value !== '' ? extractStatus(lead.value) : undefined;
  if (title.text === '') return undefined;
  let status: Status | undefined = title.status ?? detail?.status;
  if (isStruckThrough(nodes)) status = 'cancelled';
  status ??= whole().status;
  if (status === undefined && isChecked !== undefined) status = boxStatus ?? (isChecked ? 'done' : 'planned');
  const item: ItemDraft = { line, title: title.text, text, status };
  const detailText = detail ? detail.text || detail.note : whole().note;
  if (detailText) item.detail = detailText;
  if (lead) item.key = lead.key;
  if (isChecked !== undefined) item.checked = isChecked;
  const href = pickHref(nodes, ctx);
  if (href) item.href = href;
  return item;
}

/** Appends what one bullet gives (its item or lead-in, then its nested bullets) to `out`. */
function readListItem(listItem: ListItem, ctx: ReadContext, out: ListEntry[]): void {
  let first: Paragraph | undefined;
  const moreParagraphs: Paragraph[] = [];
  const children: ListEntry[] = [];
  for (const child of listItem.children) {
    if (child.type === 'paragraph') {
      if (first) moreParagraphs.push(child);
      else first = child;
    } else if (child.type === 'list') {
      readListInto(child, ctx, children);
    }
  }
  const checked = listItem.checked ?? undefined;
  if (first) {
    const [titleLine, ...moreLines] = paragraphLines(first);
    const lead = titleLine ? leadOf(titleLine) : undefined;
    const text = titleLine?.text ?? '';
    // A checkbox marks a piece of work: `- [ ] **Search**` with sub-bullets is an item, not a group title.
    const isLeadIn = checked === undefined && children.length > 0 && moreLines.length === 0 && ((lead && extractStatus(lead.value).text === '') || (!lead && /:\s*$/.test(text)));
    if (isLeadIn && titleLine) {
      const heading = extractStatus(lead ? `${lead.key} ${lead.value}` : text.replace(/:\s*$/, ''));
      const status = lead ? extractStatus(plainText(titleLine.nodes)).status : heading.status;
      reportOtherBlocks(listItem, ctx);
      out.push({ kind: 'lead', title: heading.text || text, status, line: titleLine.line, entries: children });
      return;
    }
    const item = titleLine ? readItemLine(titleLine, checked, ctx) : undefined;
    if (item) {
      const parts = item.detail === undefined || item.detail === '' ? [] : [item.detail];
      for (const entry of moreLines) if (entry.text !== '') parts.push(entry.text);
      for (const paragraph of moreParagraphs) {
        const text = collapseWhitespace(plainText(paragraph.children)).trim();
        if (text !== '') parts.push(text);
      }
      if (parts.length > 0) item.detail = parts.join(' ');
      out.push({ kind: 'item', item });
    }
  }
  reportOtherBlocks(listItem, ctx);
  for (const entry of children) out.push(entry);
}

function reportOtherBlocks(listItem: ListItem, ctx: ReadContext): void {
  for (const child of listItem.children) {
    if (child.type !== 'paragraph' && child.type !== 'list') ctx.diagnostics.info(lineOf(child), `${child.type} inside a list item is not part of the model`);
  }
}

function readListInto(list: List, ctx: ReadContext, out: ListEntry[]): void {
  for (const listItem of list.children) readListItem(listItem, ctx, out);
}

/** Reads a list: each bullet or checkbox becomes an item; nested bullets follow their parent. */
export function readList(list: List, ctx: ReadContext): ListEntry[] {
  const entries: ListEntry[] = [];
  readListInto(list, ctx, entries);
  return entries;
}

/** Every item of the entries, lead-ins flattened away. */
export function flattenEntries(entries: readonly ListEntry[]): ItemDraft[] {
  return entries.flatMap((entry) => (entry.kind === 'item' ? [entry.item] : flattenEntries(entry.entries)));
}
