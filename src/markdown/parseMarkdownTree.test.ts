import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { parseMarkdownTree, splitIntoChunks } from './parseMarkdownTree.js';

function outline(nodes: readonly Nodes[]): string[] {
  return nodes.map((node) => `${node.type}@${node.position?.start.line}-${node.position?.end.line}`);
}

const section = (index: number) =>
  `## v${index}.0 - Release ${index}\n\n- [x] Item ${index}\n  continued\n\n\`\`\`\ncode\n\n# not a heading\n\`\`\`\n\n<!--\n\n# hidden\n-->\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nSee [the docs][docs].\n\n`;

describe('parseMarkdownTree', () => {
  it('parses a long document in pieces into the same blocks at the same lines', () => {
    const markdown = `# Roadmap\n\n${Array.from({ length: 150 }, (_, index) => section(index)).join('')}[docs]: https://acme.dev/docs\n`;
    expect(splitIntoChunks(markdown).length).toBeGreaterThan(1);
    const whole = fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
    expect(outline(parseMarkdownTree(markdown).children)).toEqual(outline(whole.children));
  }, 30_000);

  it('resolves reference links whose definition stands in another piece', () => {
    const markdown = `${Array.from({ length: 150 }, (_, index) => section(index)).join('')}[docs]: https://acme.dev/docs\n`;
    const first = parseMarkdownTree(markdown).children.find((node) => node.type === 'paragraph');
    expect(first?.type === 'paragraph' && first.children.map((child) => child.type)).toEqual(['text', 'linkReference', 'text']);
  }, 30_000);

  it('keeps a short document in one piece', () => {
    expect(splitIntoChunks('# A\n\n- b\n')).toEqual([{ text: '# A\n\n- b\n', lineOffset: 0 }]);
  });
});
