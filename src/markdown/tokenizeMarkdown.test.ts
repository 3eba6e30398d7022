import { tokenizeMarkdown } from './tokenizeMarkdown.js';

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

  it('knows which labels are links: those the document defines', () => {
    const reader = tokenizeMarkdown('[X]: https://acme.dev\n\n[ Docs  page ]: ./docs\n', () => {});
    expect(['x', 'X', 'docs page', ' ', 'y'].map(reader.isLinkLabel)).toEqual([true, true, true, false, false]);
    expect(tokenizeMarkdown('no definitions', () => {}).isLinkLabel('x')).toBe(false);
  });
});
