import type { Root, Yaml } from 'mdast';
import type { TreeNote } from './blockTree.js';
import { blockTree } from './blockTree.js';
import { linePosition } from './inlineTree.js';
import { tokenizeMarkdown } from './tokenizeMarkdown.js';

export type { TreeNote } from './blockTree.js';

declare module 'mdast' {
  interface RootData {
    /** What the tree builder noticed (text kept plain because it nests too deep). */
    notes?: TreeNote[];
  }
}

const FENCE_LINE = /^---[ \t]*$/;

/**
 * YAML front matter: a `---` first line, up to the next `---` line. Returns its node and the
 * source with those lines blanked, so markdown sees empty lines and later lines keep their numbers.
 */
function splitFrontMatter(source: string): { yaml?: Yaml; body: string } {
  const firstEnd = source.indexOf('\n');
  if (firstEnd < 0 || !FENCE_LINE.test(source.slice(0, firstEnd))) return { body: source };
  let line = 2;
  for (let start = firstEnd + 1; start < source.length; line += 1) {
    const newline = source.indexOf('\n', start);
    const end = newline < 0 ? source.length : newline;
    if (FENCE_LINE.test(source.slice(start, end))) {
      const yaml: Yaml = { type: 'yaml', value: source.slice(firstEnd + 1, Math.max(firstEnd + 1, start - 1)), position: linePosition(1, line) };
      return { yaml, body: '\n'.repeat(line) + source.slice(end + 1) };
    }
    if (newline < 0) break;
    start = newline + 1;
  }
  return { body: source };
}

/**
 * Parses markdown (CommonMark with GFM tables, task lists, strikethrough and bare links, raw HTML,
 * YAML front matter) into an mdast tree whose nodes carry their source lines. Built on markdown-it:
 * linear in the input's length; blocks nested deeper than `MAX_BLOCK_DEPTH` are kept as plain
 * text, with a note in `data.notes`.
 */
export function parseMarkdownTree(source: string): Root {
  const { yaml, body } = splitFrontMatter(source);
  const notes: TreeNote[] = [];
  const tree = blockTree(notes);
  const root = tree.finish(tokenizeMarkdown(body, tree.add));
  if (yaml) root.children.unshift(yaml);
  if (notes.length > 0) root.data = { notes };
  return root;
}
