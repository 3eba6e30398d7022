import type { Section } from './sections.js';
import { buildSections, descendants } from './sections.js';
import { parseMarkdownTree } from './parseMarkdownTree.js';

function shape(section: Section): unknown {
  return { text: section.text, blocks: section.blocks.length, children: section.children.map(shape) };
}

describe('buildSections', () => {
  it('nests sections under headings of a higher level, whatever levels are skipped', () => {
    const root = buildSections(parseMarkdownTree('intro\n\n# T\n\n## A\n\ntext\n\n#### A1\n\n## B\n\n### B1\n').children);
    expect(shape(root)).toEqual({
      text: '',
      blocks: 1,
      children: [{ text: 'T', blocks: 0, children: [{ text: 'A', blocks: 1, children: [{ text: 'A1', blocks: 0, children: [] }] }, { text: 'B', blocks: 0, children: [{ text: 'B1', blocks: 0, children: [] }] }] }],
    });
    expect(descendants(root).map((section) => section.text)).toEqual(['T', 'A', 'A1', 'B', 'B1']);
  });
});
