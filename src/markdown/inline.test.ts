import type { Paragraph } from 'mdast';
import { isStruckThrough, readKeyValue, readLead, splitLines } from './inline.js';
import { isKnownKey } from './keyValues.js';
import { parseMarkdownTree } from './parseMarkdownTree.js';

function paragraph(markdown: string): Paragraph {
  return parseMarkdownTree(markdown).children[0] as Paragraph;
}

describe('inline helpers', () => {
  it('splits a paragraph at soft and hard line breaks, with lines', () => {
    expect(splitLines(paragraph('**A**: b\n**C**: d  \n**E**: f').children, 1).map((line) => [line.line, line.text])).toEqual([
      [1, 'A: b'],
      [2, 'C: d'],
      [3, 'E: f'],
    ]);
  });

  it('reads a bold key with its colon inside or outside the bold', () => {
    expect([readLead(paragraph('**ETA**: Feb 2025').children), readLead(paragraph('**ETA:** Feb 2025').children)].map((pair) => [pair?.key, pair?.value, pair?.hasColon])).toEqual([
      ['ETA', 'Feb 2025', true],
      ['ETA', 'Feb 2025', true],
    ]);
  });

  it('reads a dash after a bold title and emoji before it', () => {
    const pair = readLead(paragraph('✅ **Production Ready** - All core features').children);
    expect([pair?.key, pair?.value, pair?.hasColon]).toEqual(['Production Ready', 'All core features', false]);
  });

  it('reads plain keys only when they are known', () => {
    const [known, unknown] = splitLines(paragraph('Estimated: Q2 2026\nNote: not a key').children, 1);
    expect([readKeyValue(known!, isKnownKey)?.value, readKeyValue(unknown!, isKnownKey)]).toEqual(['Q2 2026', undefined]);
  });

  it('reads a known key and its value inside one emphasis', () => {
    const [target, full, loose] = splitLines(paragraph('*Target: Q3 2025*\n**Ziel: 2026-04-30**\n*Note: just a note*').children, 1);
    expect([target, full, loose].map((line) => readKeyValue(line!, isKnownKey)).map((pair) => [pair?.key, pair?.value, pair?.hasColon])).toEqual([
      ['Target', 'Q3 2025', true],
      ['Ziel', '2026-04-30', true],
      ['Note: just a note', '', false],
    ]);
  });

  it('tells whether all the text is struck through', () => {
    expect([isStruckThrough(paragraph('~~gone~~').children), isStruckThrough(paragraph('~~gone~~ but kept').children)]).toEqual([true, false]);
  });
});
