import type Token from 'markdown-it/lib/token.mjs';
import type { Parent, PhrasingContent, Text } from 'mdast';
import { FOOTNOTE_REFERENCE } from './footnotes.js';

type PhrasingParent = Parent & { children: PhrasingContent[] };

interface LinePoint {
  line: number;
  column: number;
}

type LinePosition = { start: LinePoint; end: LinePoint };

// Positions are shared: a node that spans the same lines as the node made before it shares its
// position, and one that starts where that node started shares the start point (a node on one line
// uses its start point as its end too). A large document has hundreds of thousands of nodes, all
// alive while it is read, so positions and points are never changed: a node whose end moves gets a
// new position (`extendPosition`).
let last: LinePosition = { start: { line: 0, column: 1 }, end: { line: 0, column: 1 } };

/** A position spanning source lines `start`…`end` (1-based; columns are not tracked). */
export function linePosition(start: number, end = start): LinePosition {
  if (last.start.line === start && last.end.line === end) return last;
  const startPoint = last.start.line === start ? last.start : { line: start, column: 1 };
  last = { start: startPoint, end: end === start ? startPoint : { line: end, column: 1 } };
  return last;
}

/** `position`, ending on line `end` instead. */
function extendPosition(position: LinePosition, end: number): LinePosition {
  if (position.end.line === end) return position;
  return { start: position.start, end: end === position.start.line ? position.start : { line: end, column: 1 } };
}

function countNewlines(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) count += 1;
  return count;
}

/** The alt text of an image: the text of its label, markup dropped. */
function altText(token: Token): string {
  return (token.children ?? []).map((child) => child.content).join('');
}

/** The close tokens of what `openNode` opens. */
const CLOSING = new Set(['em_close', 'strong_close', 's_close', 'link_close']);

function openNode(token: Token, line: number): PhrasingParent | undefined {
  const position = linePosition(line);
  switch (token.type) {
    case 'em_open':
      return { type: 'emphasis', children: [], position };
    case 'strong_open':
      return { type: 'strong', children: [], position };
    case 's_open':
      return { type: 'delete', children: [], position };
    case 'link_open':
      return { type: 'link', url: String(token.attrGet('href') ?? ''), title: (token.attrGet('title') as string | null) ?? null, children: [], position } as PhrasingParent;
    default:
      return undefined;
  }
}

/** A text node holding `value`, which starts on `line`. */
export function textNode(value: string, line: number): Text {
  return { type: 'text', value, position: linePosition(line) };
}

/**
 * Turns the tokens of one inline run (a paragraph, heading or table cell) into mdast phrasing
 * nodes, as mdast-util-from-markdown shapes them: soft line breaks stay `\n` inside text, hard ones
 * are `break` nodes, and each node carries the source line it starts on. Iterative: the token list
 * is flat, open and close tokens mark the nesting.
 */
export function inlineTree(tokens: readonly Token[], firstLine: number): PhrasingContent[] {
  const root: PhrasingParent = { type: 'root', children: [] } as unknown as PhrasingParent;
  const stack: PhrasingParent[] = [root];
  let line = firstLine;
  const appendText = (value: string) => {
    const parent = stack[stack.length - 1]!;
    const last = parent.children[parent.children.length - 1];
    if (last?.type === 'text') {
      last.value += value;
      last.position = extendPosition(last.position!, line);
    } else {
      parent.children.push(textNode(value, line));
    }
  };
  for (const token of tokens) {
    const parent = stack[stack.length - 1]!;
    if (token.nesting === 1) {
      const node = openNode(token, line);
      if (node) {
        parent.children.push(node as PhrasingContent);
        stack.push(node);
        continue;
      }
    }
    if (token.nesting === -1) {
      if (stack.length > 1 && CLOSING.has(token.type)) {
        const closed = stack.pop()!;
        closed.position = extendPosition(closed.position!, line);
      }
      continue;
    }
    switch (token.type) {
      case 'softbreak':
        line += 1;
        appendText('\n');
        break;
      case 'hardbreak':
        parent.children.push({ type: 'break', position: linePosition(line, line + 1) });
        line += 1;
        break;
      case 'code_inline':
        parent.children.push({ type: 'inlineCode', value: token.content, position: linePosition(line) });
        break;
      case 'html_inline':
        parent.children.push({ type: 'html', value: token.content, position: linePosition(line, line + countNewlines(token.content)) });
        line += countNewlines(token.content);
        break;
      case FOOTNOTE_REFERENCE:
        parent.children.push({ type: 'footnoteReference', identifier: token.info.toLowerCase(), label: token.info, position: linePosition(line) });
        break;
      case 'image':
        parent.children.push({ type: 'image', url: String(token.attrGet('src') ?? ''), alt: altText(token), title: (token.attrGet('title') as string | null) ?? null, position: linePosition(line) });
        break;
      default:
        if (token.content !== '') appendText(token.content);
    }
  }
  return root.children;
}
