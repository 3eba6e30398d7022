import fc from 'fast-check';
import { inlineShortcut } from './inlineShortcut.js';
import { inlineTree } from './inlineTree.js';
import { tokenizeMarkdown } from './tokenizeMarkdown.js';

/** Text no inline rule reads, markup of every kind and bare links, in content that may open with a task marker or a `**lead**`. */
const plain = fc.constantFrom(...'abxX1 ()]:/.!#^->é', 'Ship', '🚀', '\t', '\u00a0');
const markup = fc.constantFrom(
  ...['&', '&amp;', '<', '<b>', '< 10 ms', '<http://a.b>', '~', '~~', '`', '`a`', '*', '**', '_', '_a_', '*a*', '\\', '\\*', '\n', '  \n'],
  ...['[', '[a](u)', '![a](u)', '[^1]', 'www.a.b', 'WWW.a.b', 'http://a.b', 'a@b.co', 'mailto:a@b.co', '//a.b', 'ftp://a.b'],
);
const words = fc.array(plain, { maxLength: 6 }).map((parts) => parts.join(''));
const opening = fc.constantFrom('', '', '[ ] ', '[x] ', '[X]\t', '[ ]', '[x](', '**', '[ ] **', ' **');
const anyContent = fc
  .tuple(opening, words, fc.constantFrom('', '', '**', '**:', ':**', ' **', '** '), words, fc.option(markup, { freq: 1 }), words)
  .map((parts) => parts.filter((part) => part !== null).join(''));
/** `**lead**` forms, with every kind of character at the edges of the lead. */
const leadContent = fc
  .tuple(fc.constantFrom('', '[ ] ', '[x] '), words, fc.constantFrom('**', '**:', '** ', '***', '**x'), words, fc.option(markup, { freq: 3 }))
  .map(([marker, lead, close, rest, extra]) => `${marker}**${lead}${close}${rest}${extra ?? ''}`);
const inlineContent = fc.oneof(anyContent, leadContent);

/** markdown-it's reading of `content` as a block's inline content, in a document with `definitions`. */
function readInline(content: string, definitions: string) {
  const reader = tokenizeMarkdown(definitions, () => {});
  return { reader, nodes: inlineTree(reader.inlineTokens(content), 3) };
}

describe('inlineShortcut', () => {
  it('gives exactly the nodes markdown-it does, whenever it gives any, with or without link definitions', () => {
    fc.assert(
      fc.property(inlineContent, fc.constantFrom('', '[x]: https://acme.dev\n'), (content, definitions) => {
        const { reader, nodes } = readInline(content, definitions);
        const early = inlineShortcut(content, 3);
        const late = inlineShortcut(content, 3, reader.isLinkLabel);
        if (early) expect(early).toEqual(nodes);
        if (late) expect(late).toEqual(nodes);
      }),
      { numRuns: 4000 },
    );
  });

  it('is taken often enough by the generated content for the comparison above to mean something', () => {
    // Most generated content holds markup the shortcut leaves to markdown-it; enough does not.
    // A fixed sample, so that the count does not change from run to run.
    const sample = fc.sample(inlineContent, { numRuns: 4000, seed: 20261205 });
    const taken = sample.map((content) => inlineShortcut(content, 3, () => false)).filter((nodes) => nodes !== undefined);
    const strong = taken.filter((nodes) => nodes.some((node) => node.type === 'strong'));
    expect([taken.length > 300, strong.length > 50]).toEqual([true, true]);
  });

  it('reads plain text, task markers and a `**lead**` before plain text, and leaves the rest to markdown-it', () => {
    const kinds = (content: string, isLinkLabel?: (label: string) => boolean) => inlineShortcut(content, 1, isLinkLabel)?.map((node) => node.type);
    const never = () => false;
    expect(kinds('Ship it (Q1): now!')).toEqual(['text']);
    expect([kinds('Latency < 10 ms, p99 < 20 ms'), kinds('Latency < 10 ms > 5 ms')]).toEqual([['text'], undefined]);
    expect(kinds('[ ] Ship it')).toEqual(['text']);
    expect([kinds('[x] Ship it'), kinds('[x] Ship it', never), kinds('[x] Ship it', () => true)]).toEqual([undefined, ['text'], undefined]);
    expect(kinds('**Goal**: faster sync')).toEqual(['strong', 'text']);
    expect(kinds('[ ] **Search 2**')).toEqual(['text', 'strong']);
    expect(['**Status:** done', '** Goal**', '**Goal**: *fast*', '**Goal**: see www.acme.dev', 'a <b>c</b>', 'a\nb'].map((content) => kinds(content, never))).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(inlineShortcut('', 1)).toEqual([]);
  });
});
