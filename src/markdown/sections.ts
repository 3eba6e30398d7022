import type { Heading, RootContent } from 'mdast';
import type { SectionKind } from './classifySection.js';
import type { HeadingInfo } from './headings.js';
import { lineOf, plainText } from './inline.js';
import { isCheckboxLine } from './items.js';
import { cleanSiteMarkup, isDetailsTag, summaryTitle } from './siteMarkup.js';

/** A heading and everything under it up to the next heading of the same or a higher level. */
export interface Section {
  heading?: Heading;
  /** Heading level; 0 for the document itself. */
  depth: number;
  line: number;
  /** The heading's plain text. */
  text: string;
  /** Blocks between the heading and its first sub-heading. */
  blocks: RootContent[];
  children: Section[];
  /** What `classifySection` found, one entry per `now` it was asked against. */
  classified?: SectionClassification[];
}

/** What is known of one section against one `now`: its heading, and its kind in either scope. */
export interface SectionClassification {
  now: string;
  info: HeadingInfo;
  top?: SectionKind;
  phase?: SectionKind;
}

/**
 * Nests the document's blocks under their headings, in one pass. A `<details>` block titled by its
 * `<summary>` is a section one level below the one it stands in, up to its `</details>`.
 */
export function buildSections(nodes: readonly RootContent[]): Section {
  const root: Section = { depth: 0, line: 1, text: '', blocks: [], children: [] };
  const stack: Section[] = [root];
  // Stack heights to return to at each `</details>`.
  const details: number[] = [];
  for (const node of nodes) {
    if (node.type === 'html') {
      const summary = summaryTitle(node.value);
      const tag = summary === undefined ? isDetailsTag(node.value) : undefined;
      if (summary !== undefined) {
        details.push(stack.length);
        const section: Section = { depth: stack[stack.length - 1]!.depth + 1, line: lineOf(node), text: summary, blocks: [], children: [] };
        stack[stack.length - 1]!.children.push(section);
        stack.push(section);
        continue;
      }
      if (tag === 'close' && details.length > 0) {
        stack.length = Math.max(1, Math.min(stack.length, details.pop()!));
        continue;
      }
      if (tag !== undefined) continue;
    }
    if (node.type !== 'heading') {
      stack[stack.length - 1]!.blocks.push(node);
      continue;
    }
    while (stack.length > 1 && stack[stack.length - 1]!.depth >= node.depth) stack.pop();
    details.length = details.filter((height) => height <= stack.length).length;
    const section: Section = { heading: node, depth: node.depth, line: lineOf(node), text: cleanSiteMarkup(plainText(node.children)), blocks: [], children: [] };
    stack[stack.length - 1]!.children.push(section);
    stack.push(section);
  }
  return root;
}

/** Every section under `section`, depth first, without recursion (documents may nest deeply). */
export function descendants(section: Section): Section[] {
  const out: Section[] = [];
  const stack = [...section.children].reverse();
  while (stack.length > 0) {
    const next = stack.pop()!;
    out.push(next);
    for (let index = next.children.length - 1; index >= 0; index -= 1) stack.push(next.children[index]!);
  }
  return out;
}

/** Whether blocks hold items: a list, a table, or checkbox lines written as paragraphs (`[x] Login`). */
export function hasItems(blocks: readonly RootContent[]): boolean {
  return blocks.some((block) => block.type === 'list' || block.type === 'table' || (block.type === 'paragraph' && isCheckboxLine(plainText(block.children).trimStart())));
}
