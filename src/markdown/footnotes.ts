import type MarkdownIt from 'markdown-it';
import type StateBlock from 'markdown-it/lib/rules_block/state_block.mjs';
import type StateInline from 'markdown-it/lib/rules_inline/state_inline.mjs';

/** Token types of GFM footnotes: a `[^label]: text` definition and a `[^label]` reference to it. */
export const FOOTNOTE_DEFINITION = 'footnote_definition';
export const FOOTNOTE_REFERENCE = 'footnote_reference';

const DEFINITION_START = /^\[\^([^\]\s]{1,100})\]:[ \t]*/;
const REFERENCE = /\[\^([^\]\s]{1,100})\]/y;

function definedLabels(state: { env: Record<string, unknown> }): Set<string> {
  state.env.footnotes ??= new Set<string>();
  return state.env.footnotes as Set<string>;
}

/** The `[^label]:` opening a footnote definition on `line`, if one does. */
function definitionAt(state: StateBlock, line: number): RegExpExecArray | null {
  if (state.sCount[line]! - state.blkIndent >= 4) return null;
  const start = state.bMarks[line]! + state.tShift[line]!;
  if (state.src.charCodeAt(start) !== 0x5b /* [ */ || state.src.charCodeAt(start + 1) !== 0x5e /* ^ */) return null;
  return DEFINITION_START.exec(state.src.slice(start, state.eMarks[line]));
}

/** `[^label]: text`, up to a blank line, another definition or the start of another block. */
function footnoteDefinition(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  const marker = definitionAt(state, startLine);
  if (!marker) return false;
  if (silent) return true;
  const terminators = state.md.block.ruler.getRules('paragraph');
  let next = startLine + 1;
  for (; next < endLine && !state.isEmpty(next); next += 1) {
    if (state.sCount[next]! - state.blkIndent >= 4) continue;
    if (definitionAt(state, next) || terminators.some((rule) => rule(state, next, endLine, true))) break;
  }
  definedLabels(state).add(marker[1]!.toLowerCase());
  const token = state.push(FOOTNOTE_DEFINITION, '', 0);
  token.map = [startLine, next];
  token.info = marker[1]!;
  token.content = state.getLines(startLine, next, state.blkIndent, false).trimStart().slice(marker[0].length).replace(/\n[ \t]+/g, '\n').trim();
  state.line = next;
  return true;
}

/** `[^label]` where `[^label]:` is defined somewhere in the document. */
function footnoteReference(state: StateInline, silent: boolean): boolean {
  if (state.src.charCodeAt(state.pos) !== 0x5b /* [ */ || state.src.charCodeAt(state.pos + 1) !== 0x5e /* ^ */) return false;
  REFERENCE.lastIndex = state.pos;
  const match = REFERENCE.exec(state.src);
  if (!match || !definedLabels(state).has(match[1]!.toLowerCase())) return false;
  if (!silent) state.push(FOOTNOTE_REFERENCE, '', 0).info = match[1]!;
  state.pos += match[0].length;
  return true;
}

/** GFM footnotes, which markdown-it leaves to a plugin: read so their text is not taken for content. */
export function addFootnotes(md: MarkdownIt): void {
  md.block.ruler.before('reference', FOOTNOTE_DEFINITION, footnoteDefinition);
  md.inline.ruler.after('image', FOOTNOTE_REFERENCE, footnoteReference);
}
