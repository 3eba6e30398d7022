import type { Nodes, Root } from 'mdast';
import { parseMarkdownTree } from './parseMarkdownTree.js';

/** Each node as `type@start-end`, children indented under it, without recursion. */
function outline(root: Root): string[] {
  const lines: string[] = [];
  const stack: [Nodes, number][] = root.children.map((node) => [node, 0] as [Nodes, number]).reverse();
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    const value = 'value' in node ? ` ${JSON.stringify(node.value)}` : '';
    lines.push(`${'  '.repeat(depth)}${node.type}@${node.position?.start.line}-${node.position?.end.line}${value}`);
    if ('children' in node) for (let index = node.children.length - 1; index >= 0; index -= 1) stack.push([node.children[index] as Nodes, depth + 1]);
  }
  return lines;
}

describe('parseMarkdownTree', () => {
  it('builds mdast blocks and inline nodes with their source lines', () => {
    const markdown = '# Roadmap\n\n## v1.0 *Beta*\n\n- [x] **Auth**: done\n  more\n- [ ] ~~Gone~~ see [docs][d]\n\n[d]: https://acme.dev/docs\n';
    expect(outline(parseMarkdownTree(markdown))).toEqual([
      'heading@1-1',
      '  text@1-1 "Roadmap"',
      'heading@3-3',
      '  text@3-3 "v1.0 "',
      '  emphasis@3-3',
      '    text@3-3 "Beta"',
      'list@5-8',
      '  listItem@5-6',
      '    paragraph@5-6',
      '      strong@5-5',
      '        text@5-5 "Auth"',
      '      text@5-6 ": done\\nmore"',
      '  listItem@7-8',
      '    paragraph@7-7',
      '      delete@7-7',
      '        text@7-7 "Gone"',
      '      text@7-7 " see "',
      '      link@7-7',
      '        text@7-7 "docs"',
    ]);
  });

  it('reads GFM task markers, ordered lists and tables', () => {
    const tree = parseMarkdownTree('3. [X] Ship\n4. [ ] Test\n5. [ ]\n\n| Feature | Status |\n|:--|--:|\n| A | ✅ |\n');
    const [list, table] = tree.children;
    expect(list?.type === 'list' && [list.ordered, list.start, list.children.map((item) => item.checked)]).toEqual([true, 3, [true, false, null]]);
    expect(table?.type === 'table' && [table.align, table.children.map((row) => row.children.map((cell) => cell.children.map((node) => ('value' in node ? node.value : node.type)).join('')))]).toEqual([
      ['left', 'right'],
      [['Feature', 'Status'], ['A', '✅']],
    ]);
  });

  it('keeps hard breaks, code, HTML blocks and inline HTML as mdast does', () => {
    const markdown = 'a  \nb\n\n```ts title\n# not a heading\n```\n\n<details>\n<summary>v2</summary>\n\n- x\n\n</details>\n\nA <s>old</s> B<br>C\n\n---\n';
    expect(outline(parseMarkdownTree(markdown))).toEqual([
      'paragraph@1-2',
      '  text@1-1 "a"',
      '  break@1-2',
      '  text@2-2 "b"',
      'code@4-6 "# not a heading"',
      'html@8-9 "<details>\\n<summary>v2</summary>"',
      'list@11-12',
      '  listItem@11-12',
      '    paragraph@11-11',
      '      text@11-11 "x"',
      'html@13-13 "</details>"',
      'paragraph@15-15',
      '  text@15-15 "A "',
      '  html@15-15 "<s>"',
      '  text@15-15 "old"',
      '  html@15-15 "</s>"',
      '  text@15-15 " B"',
      '  html@15-15 "<br>"',
      '  text@15-15 "C"',
      'thematicBreak@17-17',
    ]);
    const code = parseMarkdownTree(markdown).children[1];
    expect(code?.type === 'code' && [code.lang, code.meta]).toEqual(['ts', 'title']);
  });

  it('keeps every link as written, bare URLs included, for the importer to judge', () => {
    const paragraph = parseMarkdownTree('[x](javascript:alert(1)) [y](./路线图.md) https://acme.dev/a www.acme.dev').children[0];
    const urls = paragraph?.type === 'paragraph' ? paragraph.children.flatMap((node) => (node.type === 'link' ? [node.url] : [])) : [];
    expect(urls).toEqual(['javascript:alert(1)', './路线图.md', 'https://acme.dev/a', 'http://www.acme.dev']);
  });

  it('finds bare links by any schema in any case, and e-mail addresses, but not bare domains', () => {
    const markdown = 'Mail ops@acme.dev or MAILTO:team@acme.dev, see HTTPS://Acme.dev/a, WWW.acme.dev, //cdn.acme.dev/x and ftp://files.acme.dev; not acme.dev or a@b';
    const paragraph = parseMarkdownTree(markdown).children[0];
    const parts = paragraph?.type === 'paragraph' ? paragraph.children.map((node) => (node.type === 'link' ? [node.url, node.children.map((child) => ('value' in child ? child.value : '')).join('')] : 'value' in node ? node.value : node.type)) : [];
    expect(parts).toEqual([
      'Mail ',
      ['mailto:ops@acme.dev', 'ops@acme.dev'],
      ' or ',
      ['MAILTO:team@acme.dev', 'MAILTO:team@acme.dev'],
      ', see ',
      ['HTTPS://Acme.dev/a', 'HTTPS://Acme.dev/a'],
      ', ',
      ['http://WWW.acme.dev', 'WWW.acme.dev'],
      ', ',
      ['//cdn.acme.dev/x', '//cdn.acme.dev/x'],
      ' and ',
      ['ftp://files.acme.dev', 'ftp://files.acme.dev'],
      '; not acme.dev or a@b',
    ]);
  });

  it('reads GFM footnotes: definitions as their own blocks, references only where defined', () => {
    const markdown = 'Ships soon[^1] or [^2].\n\n[^1]: A note\n    that goes on.\n[^Other]: Second\n# Next\n';
    expect(outline(parseMarkdownTree(markdown))).toEqual([
      'paragraph@1-1',
      '  text@1-1 "Ships soon"',
      '  footnoteReference@1-1',
      '  text@1-1 " or [^2]."',
      'footnoteDefinition@3-4',
      '  paragraph@3-4',
      '    text@3-4 "A note\\nthat goes on."',
      'footnoteDefinition@5-5',
      '  paragraph@5-5',
      '    text@5-5 "Second"',
      'heading@6-6',
      '  text@6-6 "Next"',
    ]);
  });

  it('reads YAML front matter and keeps the lines after it numbered as in the file', () => {
    const tree = parseMarkdownTree('---\ntitle: Roadmap\nupdated: 2026-01-02\n---\n# T\n');
    expect(outline(tree)).toEqual(['yaml@1-4 "title: Roadmap\\nupdated: 2026-01-02"', 'heading@5-5', '  text@5-5 "T"']);
    expect(outline(parseMarkdownTree('---\ntitle: x\n\n# T\n'))[0]).toBe('thematicBreak@1-1');
  });

  it('keeps blocks nested past the depth cap as plain text, with a note, for any depth', () => {
    const depth = 10_000;
    const tree = parseMarkdownTree(`${'- '.repeat(depth)}deepest\n`);
    expect(tree.data?.notes).toEqual([{ line: 1, message: 'lines 1–1 nest more than 64 levels deep: kept as plain text' }]);
    const text = outline(tree).find((line) => line.includes('deepest'))!;
    // The 32 list levels above the cap stay lists; what lies below is kept as written.
    expect(text.trim()).toBe(`text@1-1 ${JSON.stringify(`${'- '.repeat(depth - 32)}deepest`)}`);
  });

  it('keeps quotes nested past the cap, and every line of a deeply indented list', () => {
    const quotes = parseMarkdownTree(`${'> '.repeat(6000)}## v1.0 - Quoted\n`);
    expect(JSON.stringify(quotes)).toContain(`${'> '.repeat(6000 - 64)}## v1.0 - Quoted`);
    let nested = '';
    for (let level = 0; level < 1500; level += 1) nested += `${'  '.repeat(level)}- level ${level}\n`;
    const kept = new Set([...JSON.stringify(parseMarkdownTree(nested)).matchAll(/level (\d+)/g)].map((match) => Number(match[1])));
    expect(kept.size).toBe(1500);
  });
});
