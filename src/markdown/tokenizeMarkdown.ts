import type MarkdownIt from 'markdown-it';
import type StateBlock from 'markdown-it/lib/rules_block/state_block.mjs';
import type Token from 'markdown-it/lib/token.mjs';
import { LinkifyIt } from 'linkify-it';
import markdownIt from 'markdown-it';
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

/**
 * Bare URLs as links, by linkify-it 6 (markdown-it 14 ships 5; 6 is what markdown-it 15 used, so
 * links read as they were). markdown-it 14 asks `pretest` before `test`: 15 asked `test` on the
 * whole paragraph there, and so does this.
 */
class Linkify extends LinkifyIt {
  #names?: RegExp;
  #candidate?: RegExp;

  /**
   * linkify-it finds a link only at one of its schema names (`http:`, `//`, `mailto:`, `www.` …,
   * in any case) or, for an e-mail address, an `@`. Most text holds neither, and one scan for them
   * is far cheaper than linkify-it's search (its boundary class alone spans hundreds of ranges).
   */
  #mayHoldLink(text: string): boolean {
    const names = this.re.get_schema_names();
    if (this.#names !== names) {
      this.#names = names;
      this.#candidate = new RegExp(`${names.source}|@`, 'i');
    }
    return this.#candidate!.test(text);
  }

  test(text: string): boolean {
    return this.#mayHoldLink(text) && super.test(text);
  }

  pretest(text: string): boolean {
    return this.test(text);
  }
}

/** GFM also reads `www.example.com` as a link; linkify-it reads only `http(s)://` without fuzzy links. */
function createLinkify(): LinkifyIt {
  const linkify = new Linkify();
  let pattern: RegExp | undefined;
  linkify.add('www.', {
    validate(text, pos, self) {
      // The rest of a `www.` host, as linkify-it's own `http://` validator reads what follows `//`.
      pattern ??= new RegExp(`${self.re.get_url_host_port().source}${self.re.get_path().source}`, 'iy');
      pattern.lastIndex = pos;
      const match = pattern.exec(text);
      return match ? match[0].length : 0;
    },
    normalize(match) {
      match.url = `http://${match.url}`;
    },
  });
  return linkify;
}

function createParser(): MarkdownIt {
  // CommonMark plus GFM tables and strikethrough (built in), raw HTML kept as HTML tokens and bare
  // URLs as links, GFM footnotes. Task lists and front matter are read by the tree builder.
  // markdown-it 14, not 15: 15's build sets every token field through a helper call, which made
  // its parse of real roadmaps about 1.7 times slower. (`maxNesting` is missing from its types.)
  const options = { html: true, linkify: true, maxNesting: MAX_NESTING };
  const md = markdownIt('default', options);
  (md as { linkify: unknown }).linkify = createLinkify();
  // Keep every link as written: the importer decides which are safe, and says so (markdown-it
  // would silently turn `javascript:` links into text and percent-encode the rest).
  md.validateLink = () => true;
  md.normalizeLink = (url) => url;
  md.normalizeLinkText = (text) => text;
  md.block.ruler.before('table', TOO_DEEP, tooDeep);
  md.inline.ruler.before('strikethrough', 'emphasis_cap', emphasisCap);
  addFootnotes(md);
  return md;
}

let parser: MarkdownIt | undefined;

/** markdown-it's token stream for the markdown: linear in its length, whatever the input. */
export function tokenizeMarkdown(source: string): Token[] {
  parser ??= createParser();
  return parser.parse(source, {});
}
