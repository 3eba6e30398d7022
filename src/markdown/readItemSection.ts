import type { PhrasingContent } from 'mdast';
import type { ItemDraft, PhaseDraft, ReadContext } from './drafts.js';
import type { HeadingInfo } from './headings.js';
import { lineOf, readKeyValue, paragraphLines } from './inline.js';
import { pickHref } from './items.js';
import { classifyKey, isDoneDateKey, isKnownKey } from './keyValues.js';
import type { GroupSlot } from './phaseGroups.js';
import { groupOf } from './phaseGroups.js';
import type { Section } from './sections.js';
import { statusOfValue } from './statuses.js';

/**
 * A sub-section with no list, table or sub-heading of its own is one item (`### Dark mode` with a
 * `Status: Done` line and a paragraph about it): epics written as headings.
 */
export function readItemSection(section: Section, info: HeadingInfo, phase: PhaseDraft, parent: GroupSlot, ctx: ReadContext): void {
  let status = info.status;
  const detail: string[] = [];
  const facts: string[] = [];
  const nodes: PhrasingContent[] = [];
  for (const block of section.blocks) {
    if (block.type !== 'paragraph') {
      if (block.type !== 'thematicBreak' && !(block.type === 'html' && block.value.trimStart().startsWith('<!--'))) ctx.diagnostics.info(lineOf(block), `${block.type} in "${info.title}" is not part of the model`);
      continue;
    }
    nodes.push(...block.children);
    for (const line of paragraphLines(block)) {
      const pair = readKeyValue(line, isKnownKey);
      const kind = pair?.hasColon ? classifyKey(pair.key) : undefined;
      if (pair && kind === 'status' && statusOfValue(pair.value)) status ??= statusOfValue(pair.value);
      else {
        // Items have no dates in the model: an item's own date stays in its detail, as written.
        if (pair && kind === 'date' && isDoneDateKey(pair.key)) status ??= 'done';
        (pair?.hasColon ? facts : detail).push(line.text);
      }
    }
  }
  const item: ItemDraft = { line: section.line, title: info.title, text: section.text, status };
  const text = [detail.join(' '), ...facts].filter((part) => part !== '').join(' · ');
  if (text !== '') item.detail = text;
  const href = pickHref(nodes, ctx);
  if (href) item.href = href;
  groupOf(phase, parent).items.push(item);
}
