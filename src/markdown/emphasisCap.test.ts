import type { Nodes, Root } from 'mdast';
import { MAX_EMPHASIS_MARKS, MAX_EMPHASIS_RUN } from './emphasisCap.js';
import { parseMarkdownTree } from './parseMarkdownTree.js';
import { parseRoadmap } from './parseRoadmap.js';

/** How many nodes of each type the tree holds, and its text in document order. */
function summary(root: Root): { types: Record<string, number>; text: string } {
  const types: Record<string, number> = {};
  let text = '';
  const stack: Nodes[] = [...root.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    types[node.type] = (types[node.type] ?? 0) + 1;
    if (node.type === 'text') text += node.value;
    if ('children' in node) for (let index = node.children.length - 1; index >= 0; index -= 1) stack.push(node.children[index] as Nodes);
  }
  return { types, text };
}

describe('emphasis marks past what real text holds', () => {
  it('reads a run of up to 64 marks as emphasis and a longer run as the text it is', () => {
    expect(MAX_EMPHASIS_RUN).toBe(64);
    expect(summary(parseMarkdownTree(`${'*'.repeat(64)}a${'*'.repeat(64)}`)).types).toEqual({ paragraph: 1, strong: 32, text: 1 });
    const long = `${'*'.repeat(65)}a${'*'.repeat(65)} and ${'_'.repeat(70)}b${'_'.repeat(70)}`;
    expect(summary(parseMarkdownTree(long))).toEqual({ types: { paragraph: 1, text: 1 }, text: long });
  });

  it('reads a run of more than 64 `~` as text, and shorter ones as strikethrough', () => {
    expect(summary(parseMarkdownTree(`x ${'~'.repeat(66)}a${'~'.repeat(66)} ~~b~~`))).toEqual({
      types: { paragraph: 1, text: 2, delete: 1 },
      text: `x ${'~'.repeat(66)}a${'~'.repeat(66)} b`,
    });
  });

  it('takes the marks after the first 4,096 of a block as text, and counts again in the next block', () => {
    expect(MAX_EMPHASIS_MARKS).toBe(4096);
    const crowded = `${'*a* '.repeat(2048)}**b** _c_`;
    const { types, text } = summary(parseMarkdownTree(`${crowded}\n\n**b**\n`));
    // Text nodes: the `a` in each emphasis, the space after each, the `b` in the strong.
    expect(types).toEqual({ paragraph: 2, emphasis: 2048, text: 4097, strong: 1 });
    expect(text).toBe(`${'a '.repeat(2048)}**b** _c_b`);
  });

  it('counts the marks of a link label once, though markdown-it scans the label before reading it', () => {
    const { types } = summary(parseMarkdownTree(`[${'*a* '.repeat(1000)}](u) ${'*a* '.repeat(1000)}**b**`));
    expect(types).toEqual({ paragraph: 1, link: 1, emphasis: 2000, text: 4002, strong: 1 });
  });

  it('keeps every character of nested `*_` emphasis past the cap', () => {
    const nested = `${'*_'.repeat(3000)}a${'_*'.repeat(3000)}`;
    const { types, text } = summary(parseMarkdownTree(nested));
    expect(text.length + 2 * (types.emphasis ?? 0) + 4 * (types.strong ?? 0)).toBe(nested.length);
  });

  it('gives the items of a roadmap their marks as text when a run is too long for emphasis', () => {
    const stars = '*'.repeat(65);
    const tildes = '~'.repeat(65);
    const markdown = `# T\n\n## v1.0 - Phase (Q1 2026)\n\n- ***Ship*** now\n- Ship ${stars}now${stars}\n- Old ${tildes}gone${tildes}\n`;
    const { roadmap, diagnostics } = parseRoadmap(markdown, { now: '2026-03-15' });
    expect(roadmap.phases.map((phase) => phase.groups)).toEqual([
      [
        {
          items: [
            { id: 'ship-now', title: 'Ship now', status: 'planned' },
            { id: 'ship-now-2', title: `Ship ${stars}now${stars}`, status: 'planned' },
            { id: 'old-gone', title: `Old ${tildes}gone${tildes}`, status: 'planned' },
          ],
        },
      ],
    ]);
    expect(diagnostics).toEqual([]);
  });
});
