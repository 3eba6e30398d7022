import type Token from 'markdown-it/lib/token.mjs';
import fc from 'fast-check';
import { readsAsPlainText, tokenizeMarkdown } from './tokenizeMarkdown.js';

/** Text no inline rule reads, markup of every kind, and bare links, in inline content that may open with a task marker. */
const plain = fc.constantFrom(...'abxX ()]:/.!#^-é', 'Ship', '🚀', '\t');
const markup = fc.constantFrom(
  ...['&', '&amp;', '<', '<b>', '<http://a.b>', '~', '~~', '`', '`a`', '*', '**', '_', '_a_', '*a*', '\\', '\\*', '\n', '  \n', '[', '[a](u)', '![a](u)', '[^1]'],
  ...['www.a.b', 'WWW.a.b', 'http://a.b', 'a@b.co', 'mailto:a@b.co', '//a.b', 'ftp://a.b'],
);
const words = fc.array(plain, { maxLength: 6 }).map((parts) => parts.join(''));
const inlineContent = fc
  .tuple(fc.constantFrom('', '', '[ ] ', '[x] ', '[X]\t', '[ ]', '[x]('), words, fc.option(markup), words, fc.option(markup), words)
  .map((parts) => parts.filter((part) => part !== null).join(''));

const shape = (tokens: readonly Token[]) => tokens.map((token) => [token.type, token.content]);

/** What markdown-it makes of `content` as a block's inline content, in a document with `definitions`. */
function readInline(content: string, definitions = '') {
  const reader = tokenizeMarkdown(definitions, () => {});
  return { reader, tokens: shape(reader.inlineTokens(content)) };
}

describe('tokenizeMarkdown', () => {
  it('hands over whole top-level blocks as they are parsed, and every token once', () => {
    const runs: string[][] = [];
    tokenizeMarkdown('# T\n\n- a\n  - b\n\n> q\n\npara\n', (tokens) => runs.push(tokens.map((token) => token.type)));
    expect(runs.flat()).toEqual([
      ...['heading_open', 'inline', 'heading_close'],
      ...['bullet_list_open', 'list_item_open', 'paragraph_open', 'inline', 'paragraph_close'],
      ...['bullet_list_open', 'list_item_open', 'paragraph_open', 'inline', 'paragraph_close', 'list_item_close', 'bullet_list_close'],
      ...['list_item_close', 'bullet_list_close'],
      ...['blockquote_open', 'paragraph_open', 'inline', 'paragraph_close', 'blockquote_close'],
      ...['paragraph_open', 'inline', 'paragraph_close'],
    ]);
    expect(runs.length).toBe(4);
  });

  it('calls inline content plain only where markdown-it reads it as one text token holding it whole', () => {
    fc.assert(
      fc.property(inlineContent, (content) => {
        const { reader, tokens } = readInline(content);
        const whole = content === '' ? [] : [['text', content]];
        if (readsAsPlainText(content) || reader.readsAsPlainText(content)) expect(tokens).toEqual(whole);
      }),
      { numRuns: 3000 },
    );
  });

  it('calls a task marker then plain text plain, unless the marker is a defined link', () => {
    expect([readsAsPlainText('[ ] Ship it'), readInline('[ ] Ship it').reader.readsAsPlainText('[ ] Ship it')]).toEqual([false, true]);
    const defined = readInline('[x] Ship it', '[x]: https://acme.dev\n');
    expect(defined.reader.readsAsPlainText('[x] Ship it')).toBe(false);
    expect(defined.tokens).toEqual([['link_open', ''], ['text', 'x'], ['link_close', ''], ['text', ' Ship it']]);
    expect(readInline('[x] Ship it').reader.readsAsPlainText('[x] Ship it')).toBe(true);
    expect(readInline('[ ] **Ship** it').reader.readsAsPlainText('[ ] **Ship** it')).toBe(false);
  });
});
