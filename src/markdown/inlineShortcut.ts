import type { PhrasingContent, Strong } from 'mdast';
import { linePosition, textNode } from './inlineTree.js';
import { readsAsPlainText } from './tokenizeMarkdown.js';

/** `[ ]`, `[x]` or `[X]`, then a space or tab, opening a block's inline content: a task marker. */
const TASK_MARKER = /^\[([ xX])\][ \t]/;

/**
 * `**lead**` opening the content, the lead starting and ending in a letter or digit. markdown-it
 * reads it as strong whatever follows: an opening `**` after the start of the text or a space and
 * before a letter opens, a closing `**` after a letter or digit closes, and two runs of two always
 * pair (CommonMark's rule of three never applies).
 */
const STRONG_LEAD = /^\*\*([\p{L}\p{N}](?:[^*]*[\p{L}\p{N}])?)\*\*/u;

/**
 * The phrasing nodes markdown-it's inline pass would give for the commonest inline content of a
 * roadmap, without running it: plain text, a task marker then plain text, and either one after a
 * `**lead**` (the key of a key–value line). `undefined` for anything else, or when the answer
 * depends on link definitions not known yet (`isLinkLabel` undefined): `[x] …` is a link when the
 * document defines `[x]: …` (an empty label never is one).
 */
export function inlineShortcut(content: string, line: number, isLinkLabel?: (label: string) => boolean): PhrasingContent[] | undefined {
  const marker = content.charCodeAt(0) === 0x5b /* [ */ ? TASK_MARKER.exec(content) : null;
  if (marker && marker[1] !== ' ' && (!isLinkLabel || isLinkLabel(marker[1]!))) return undefined;
  const prefix = marker?.[0] ?? '';
  const body = content.slice(prefix.length);
  if (readsAsPlainText(body)) return content === '' ? [] : [textNode(content, line)];
  const lead = STRONG_LEAD.exec(body);
  if (!lead || !readsAsPlainText(lead[1]!)) return undefined;
  const rest = body.slice(lead[0].length);
  if (!readsAsPlainText(rest)) return undefined;
  const nodes: PhrasingContent[] = prefix === '' ? [] : [textNode(prefix, line)];
  nodes.push({ type: 'strong', children: [textNode(lead[1]!, line)], position: linePosition(line) } satisfies Strong);
  if (rest !== '') nodes.push(textNode(rest, line));
  return nodes;
}
