import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';

// micromark slows down more than linearly on very long documents (its event edit map), so a long
// document is parsed in pieces of about this size, cut where no block can span the cut.
const CHUNK_SIZE = 16_384;

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const HTML_OPEN: readonly (readonly [RegExp, RegExp])[] = [
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<(?:script|pre|style|textarea)(?:\s|>|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
  [/^ {0,3}<\?/, /\?>/],
];
const DEFINITION = /^ {0,3}\[[^\]\n]{1,200}\]:[ \t]*\S/;

/**
 * Splits markdown into pieces that parse the same apart as together: each cut is before a line
 * that starts at column 0 after a blank line, outside front matter, fenced code and HTML blocks.
 * Returns each piece with the number of lines before it.
 */
export function splitIntoChunks(source: string): { text: string; lineOffset: number }[] {
  if (source.length <= CHUNK_SIZE) return [{ text: source, lineOffset: 0 }];
  const lines = source.split('\n');
  const chunks: { text: string; lineOffset: number }[] = [];
  let start = 0;
  let size = 0;
  let fence: string | undefined;
  let htmlEnd: RegExp | undefined;
  let inFrontMatter = lines[0] === '---';
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index]!;
    const previousBlank = index > 0 && lines[index - 1]!.trim() === '';
    const canCut = !inFrontMatter && fence === undefined && htmlEnd === undefined && previousBlank && /^\S/.test(line);
    if (canCut && size >= CHUNK_SIZE) {
      chunks.push({ text: lines.slice(start, index).join('\n'), lineOffset: start });
      start = index;
      size = 0;
    }
    size += line.length + 1;
    if (inFrontMatter) {
      if (index > 0 && (line === '---' || line === '...')) inFrontMatter = false;
    } else if (fence !== undefined) {
      if (line.trimStart().startsWith(fence) && line.trim().replace(/^[`~]+/, '') === '') fence = undefined;
    } else if (htmlEnd !== undefined) {
      if (htmlEnd.test(line)) htmlEnd = undefined;
    } else {
      const opening = FENCE.exec(line);
      if (opening) fence = opening[1]!;
      const html = HTML_OPEN.find(([open]) => open.test(line));
      if (html && !html[1].test(line.replace(html[0], ''))) htmlEnd = html[1];
    }
  }
  chunks.push({ text: lines.slice(start).join('\n'), lineOffset: start });
  return chunks;
}

function parseChunk(text: string): Root {
  return fromMarkdown(text, {
    extensions: [gfm(), frontmatter(['yaml'])],
    mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown(['yaml'])],
  });
}

function shiftLines(root: Root, lineOffset: number, charOffset: number): void {
  if (lineOffset === 0 && charOffset === 0) return;
  const stack: Nodes[] = [...root.children];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.position) {
      node.position.start.line += lineOffset;
      node.position.end.line += lineOffset;
      if (node.position.start.offset !== undefined) node.position.start.offset += charOffset;
      if (node.position.end.offset !== undefined) node.position.end.offset += charOffset;
    }
    if ('children' in node) stack.push(...(node.children as Nodes[]));
  }
}

/**
 * Parses markdown (GFM tables, task lists and strikethrough, YAML front matter) into mdast, in
 * pieces for long documents; positions are those of the whole document. Link reference
 * definitions are repeated after every piece so `[text][ref]` resolves wherever `[ref]:` stands.
 */
export function parseMarkdownTree(source: string): Root {
  const chunks = splitIntoChunks(source);
  if (chunks.length === 1) return parseChunk(source);
  const definitions = source.split('\n').filter((line) => DEFINITION.test(line));
  // Repeating a handful of definitions is cheap; repeating thousands in every piece would not be.
  const appendix = definitions.length > 0 && definitions.join('\n').length < 4096 ? `\n\n${definitions.join('\n')}\n` : '';
  const root: Root = { type: 'root', children: [] };
  let charOffset = 0;
  for (const chunk of chunks) {
    const tree = parseChunk(chunk.text + appendix);
    shiftLines(tree, chunk.lineOffset, charOffset);
    const ownEnd = chunk.lineOffset + chunk.text.split('\n').length;
    for (const node of tree.children) {
      // The repeated definitions stand after the piece's own lines: leave them out of the tree.
      if (node.type === 'definition' && (node.position?.start.line ?? 0) > ownEnd) continue;
      root.children.push(node);
    }
    charOffset += chunk.text.length + 1;
  }
  return root;
}
