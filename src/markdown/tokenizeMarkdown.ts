import type MarkdownIt from 'markdown-it';
import type StateBlock from 'markdown-it/lib/rules_block/state_block.mjs';
import type StateCore from 'markdown-it/lib/rules_core/state_core.mjs';
import type Token from 'markdown-it/lib/token.mjs';
import markdownIt from 'markdown-it';
import type { BareLinks } from './bareLinks.js';
import { createBareLinks } from './bareLinks.js';
import { emphasisCap } from './emphasisCap.js';
import { addFootnotes } from './footnotes.js';

/**
 * How deep blocks may nest (a list item counts two: the list and the item; a quote one) before the
 * rest of the block is kept as plain text. markdown-it's own cap (`maxNesting`) drops what lies
 * deeper, and its block parser recurses once per level, so the cap stays well below both a stack
 * overflow and `maxNesting`.
 */
export const MAX_BLOCK_DEPTH = 64;
const MAX_NESTING = MAX_BLOCK_DEPTH + 8;

/** The token type of a block kept as plain text because it nests deeper than `MAX_BLOCK_DEPTH`. */
export const TOO_DEEP = 'too_deep';

/** Takes the rest of a block that nests too deeply as one plain-text token, so nothing is lost. */
function tooDeep(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if (state.level < MAX_BLOCK_DEPTH || silent) return false;
  let next = startLine + 1;
  while (next < endLine && (state.isEmpty(next) || state.sCount[next]! >= state.blkIndent)) next += 1;
  while (next > startLine + 1 && state.isEmpty(next - 1)) next -= 1;
  const token = state.push(TOO_DEEP, '', 0);
  token.map = [startLine, next];
  token.content = state.getLines(startLine, next, state.blkIndent, false);
  state.line = next;
  return true;
}

/** What the block rules share for one parse: where finished blocks go and the array being filled. */
interface BlocksEnv {
  onBlocks: (tokens: readonly Token[]) => void;
  /** The array the block parser fills since blocks were last handed over. */
  tokens?: Token[];
}

/**
 * A block rule tried first at the start of every block: at the top level, every token so far
 * belongs to a finished block (markdown-it's rules only look back into the block they are
 * building), so they go to the tree builder and leave the parser.
 */
function handOverBlocks(state: StateBlock, _startLine: number, _endLine: number, silent: boolean): boolean {
  if (silent || state.level > 0 || state.tokens.length === 0) return false;
  const env = state.env as BlocksEnv;
  env.onBlocks(state.tokens);
  // A new array rather than emptying this one, which costs more than the tokens it held.
  state.tokens = env.tokens = [];
  return false;
}

/** Windows line ends and NUL, which markdown-it's own first step rewrites by copying the whole text. */
const TO_NORMALIZE = /[\r\0]/;

/** markdown-it's `normalize` step, copying the text only when there is something to change. */
function normalize(state: StateCore): void {
  if (TO_NORMALIZE.test(state.src)) state.src = state.src.replace(/\r\n?/g, '\n').replace(/\0/g, '\uFFFD');
}

function createParser(): MarkdownIt {
  // CommonMark plus GFM tables and strikethrough (built in), raw HTML kept as HTML tokens and bare
  // URLs as links, GFM footnotes. Task lists and front matter are read by the tree builder.
  // markdown-it 14, not 15: 15's build sets every token field through a helper call, which made
  // its parse of real roadmaps about 1.7 times slower. (`maxNesting` is missing from its types.)
  const options = { html: true, linkify: true, maxNesting: MAX_NESTING };
  const md = markdownIt('default', options);
  (md as { linkify: unknown }).linkify = createBareLinks();
  // Keep every link as written: the importer decides which are safe, and says so (markdown-it
  // would silently turn `javascript:` links into text and percent-encode the rest).
  md.validateLink = () => true;
  md.normalizeLink = (url) => url;
  md.normalizeLinkText = (text) => text;
  md.block.ruler.before('table', 'hand_over_blocks', handOverBlocks);
  md.block.ruler.before('table', TOO_DEEP, tooDeep);
  md.inline.ruler.before('strikethrough', 'emphasis_cap', emphasisCap);
  addFootnotes(md);
  md.core.ruler.at('normalize', normalize);
  // The inline steps run block by block, when the tree builder asks (`inlineTokens`); the
  // typographer's steps never change anything with its option off.
  md.core.ruler.disable(['inline', 'linkify', 'replacements', 'smartquotes', 'text_join']);
  return md;
}

/** Text that starts an inline rule: a line end, escape, code, strikethrough, emphasis, link, image, footnote, entity. */
const INLINE_MARKUP = '[\\n\\\\`~*_[&]';

/** Whether a `<` has a `>` after it: every HTML tag and autolink ends in one (`<10 ms` is text). */
function mayHoldHtml(content: string): boolean {
  const open = content.indexOf('<');
  return open >= 0 && content.indexOf('>', open) > 0;
}

/**
 * markdown-it's core steps that follow the inline parse (bare links, then adjacent text joined), to
 * run on one block's inline tokens at a time: a parser kept only for that chain of steps, which
 * read the parser they serve from the state they are given.
 */
function createInlineSteps(): MarkdownIt['core'] {
  const steps = markdownIt('default');
  steps.core.ruler.enableOnly(['linkify', 'text_join']);
  return steps.core;
}

let parser: MarkdownIt | undefined;
let inlineSteps: MarkdownIt['core'] | undefined;
/** Inline markup, or where a bare link may be (`BareLinks.mayHoldLink`): one scan for both. */
let markupOrLink: RegExp | undefined;

function getParser(): MarkdownIt {
  if (!parser) {
    parser = createParser();
    markupOrLink = new RegExp(`${INLINE_MARKUP}|${(parser.linkify as unknown as BareLinks).candidatePattern()}`, 'i');
  }
  return parser;
}

/**
 * Whether inline content reads as one text token holding it whole (or none when empty): no
 * character in it starts an inline rule and it holds no bare link. The tree builder then skips
 * markdown-it's inline pass, which would give exactly that.
 */
export function readsAsPlainText(content: string): boolean {
  getParser();
  return !markupOrLink!.test(content) && !mayHoldHtml(content);
}

/** Reads the inline content of a document's blocks. */
export interface InlineReader {
  /** The inline tokens of an `inline` block token's content, links found. */
  inlineTokens(content: string): Token[];
  /** Whether `[label]` alone is a link: the document defines `[label]: …`. */
  isLinkLabel(label: string): boolean;
}

/**
 * Runs markdown-it's block parser over the markdown, linear in its length whatever the input, and
 * hands each run of whole top-level blocks to `onBlocks` as soon as it is parsed. An `inline`
 * token's children are not read: the returned reader reads its content, once every link definition
 * is known. So a block's tokens die young, instead of all living until the tree is built and being
 * copied by every garbage collection on the way.
 */
export function tokenizeMarkdown(source: string, onBlocks: (tokens: readonly Token[]) => void): InlineReader {
  const md = getParser();
  const env: BlocksEnv = { onBlocks };
  const tokens = md.parse(source, env);
  // The last blocks: in the parser's own array, or in the one handOverBlocks gave it last.
  const rest = env.tokens ?? tokens;
  if (rest.length > 0) onBlocks(rest);
  inlineSteps ??= createInlineSteps();
  const steps = inlineSteps;
  // The steps read the children of the core state's `inline` tokens: one, reused.
  const core: StateCore = new md.core.State('', md, env);
  const holder = new core.Token('inline', '', 0);
  core.tokens = [holder];
  const references = (env as { references?: Record<string, unknown> }).references;
  return {
    isLinkLabel: (label) => references?.[md.utils.normalizeReference(label)] !== undefined,
    inlineTokens(content) {
      holder.content = content;
      holder.children = [];
      md.inline.parse(content, md, env, holder.children);
      steps.process(core);
      const children = holder.children;
      holder.children = null;
      return children;
    },
  };
}
