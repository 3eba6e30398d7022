import type Token from 'markdown-it/lib/token.mjs';
import type { AlignType, ListItem, Parent, Root, RootContent, Table } from 'mdast';
import { FOOTNOTE_DEFINITION } from './footnotes.js';
import { inlineShortcut } from './inlineShortcut.js';
import { inlineTree, linePosition } from './inlineTree.js';
import type { InlineReader } from './tokenizeMarkdown.js';
import { MAX_BLOCK_DEPTH, TOO_DEEP } from './tokenizeMarkdown.js';

/** Something the tree builder noticed, with its 1-based line. */
export interface TreeNote {
  line: number;
  message: string;
}

type AnyParent = Parent & { children: RootContent[] };

/** `[ ]`, `[x]` or `[X]` opening a list item, then a space: a GFM task. */
const TASK_MARKER = /^\[([ xX])\](?:[ \t]+|(?=\n))/;

function openBlock(token: Token, line: number, end: number): AnyParent | undefined {
  const position = linePosition(line, end);
  switch (token.type) {
    case 'heading_open':
      return { type: 'heading', depth: Number(token.tag.slice(1)) as 1, children: [], position } as AnyParent;
    case 'paragraph_open':
      return { type: 'paragraph', children: [], position } as AnyParent;
    case 'bullet_list_open':
    case 'ordered_list_open': {
      const ordered = token.type === 'ordered_list_open';
      return { type: 'list', ordered, start: ordered ? Number(token.attrGet('start') ?? 1) : null, spread: false, children: [], position } as AnyParent;
    }
    case 'list_item_open':
      return { type: 'listItem', checked: null, spread: false, children: [], position } as AnyParent;
    case 'blockquote_open':
      return { type: 'blockquote', children: [], position };
    case 'table_open':
      return { type: 'table', align: [], children: [], position } as AnyParent;
    case 'tr_open':
      return { type: 'tableRow', children: [], position } as AnyParent;
    case 'th_open':
    case 'td_open':
      return { type: 'tableCell', children: [], position } as AnyParent;
    default:
      return undefined;
  }
}

function cellAlign(token: Token): AlignType {
  const style = String(token.attrGet('style') ?? '');
  const align = /text-align:(left|right|center)/.exec(style);
  return align ? (align[1] as AlignType) : null;
}

/** GFM task lists: `- [x] text` is a checked item whose text is `text`. */
function readTaskMarker(item: ListItem): void {
  const first = item.children[0];
  if (first?.type !== 'paragraph') return;
  const text = first.children[0];
  const marker = text?.type === 'text' ? TASK_MARKER.exec(text.value) : null;
  if (text?.type !== 'text' || !marker) return;
  const rest = text.value.slice(marker[0].length);
  // A marker with nothing after it is text, as in GFM.
  if (rest === '' && first.children.length === 1) return;
  item.checked = marker[1] !== ' ';
  if (rest === '') first.children.shift();
  else text.value = rest;
}

/** A leaf block: code, HTML, a thematic break, or text kept plain because it nests too deep. */
function leafBlock(token: Token, line: number, end: number, notes: TreeNote[]): RootContent | undefined {
  const position = linePosition(line, end);
  switch (token.type) {
    case 'fence': {
      const info = token.info.trim();
      const space = info.search(/\s/);
      const lang = space < 0 ? info : info.slice(0, space);
      return { type: 'code', lang: lang || null, meta: space < 0 ? null : info.slice(space).trim() || null, value: token.content.replace(/\n$/, ''), position };
    }
    case 'code_block':
      return { type: 'code', lang: null, meta: null, value: token.content.replace(/\n$/, ''), position };
    case 'html_block':
      return { type: 'html', value: token.content.replace(/(?<!\n)\n+$/, ''), position };
    case 'hr':
      return { type: 'thematicBreak', position };
    case FOOTNOTE_DEFINITION:
      return { type: 'footnoteDefinition', identifier: token.info.toLowerCase(), label: token.info, children: [{ type: 'paragraph', children: [{ type: 'text', value: token.content, position }], position }], position };
    case TOO_DEEP:
      notes.push({ line, message: `lines ${line}–${end} nest more than ${MAX_BLOCK_DEPTH} levels deep: kept as plain text` });
      return { type: 'paragraph', children: [{ type: 'text', value: token.content, position }], position };
    default:
      return undefined;
  }
}

interface DeferredInline {
  parent: AnyParent;
  content: string;
  line: number;
}

/** Builds the mdast tree from markdown-it's block tokens as they come, then reads the inline content. */
export interface BlockTree {
  /** Adds whole blocks, in document order. */
  add(tokens: readonly Token[]): void;
  /** Reads the inline content that needed markdown-it (once every link definition is known), and returns the tree. */
  finish(markdown: InlineReader): Root;
}

/**
 * Builds the mdast tree the importer reads from markdown-it's block tokens, in one pass over the
 * flat token list (open and close tokens mark the nesting, so no recursion however deep the input).
 * Positions are 1-based source lines. Inline content that is plain text becomes its text node at
 * once; the rest waits for `finish`, as a link may be defined further down.
 */
export function blockTree(notes: TreeNote[]): BlockTree {
  const root: Root = { type: 'root', children: [] };
  const stack: AnyParent[] = [root as AnyParent];
  const deferred: DeferredInline[] = [];
  const listItems: ListItem[] = [];
  let rowLine = 1;
  const add = (tokens: readonly Token[]) => {
    for (const token of tokens) {
      const parent = stack[stack.length - 1]!;
      const line = token.map ? token.map[0] + 1 : rowLine;
      const end = token.map ? Math.max(line, token.map[1]) : line;
      if (token.type === 'tr_open') rowLine = line;
      if (token.nesting === 1) {
        const node = openBlock(token, line, end);
        if (!node) continue; // thead and tbody: mdast puts rows straight under the table
        if (token.type === 'th_open') (stack[stack.length - 2] as unknown as Table).align?.push(cellAlign(token));
        parent.children.push(node as RootContent);
        stack.push(node);
      } else if (token.nesting === -1) {
        if (token.type === 'thead_close' || token.type === 'tbody_close') continue;
        const closed = stack.pop()!;
        if (closed.type === 'listItem') listItems.push(closed as ListItem);
      } else if (token.type === 'inline') {
        // Inline content is all its parent holds: its nodes are the parent's children.
        const nodes = inlineShortcut(token.content, line);
        if (nodes) parent.children = nodes as unknown as RootContent[];
        else deferred.push({ parent, content: token.content, line });
      } else {
        const leaf = leafBlock(token, line, end, notes);
        if (leaf) parent.children.push(leaf);
      }
    }
  };
  const finish = (markdown: InlineReader) => {
    for (const { parent, content, line } of deferred) {
      const nodes = inlineShortcut(content, line, markdown.isLinkLabel) ?? inlineTree(markdown.inlineTokens(content), line);
      parent.children = nodes as unknown as RootContent[];
    }
    for (const item of listItems) readTaskMarker(item);
    return root;
  };
  return { add, finish };
}
