import { validateRoadmap } from '../model/validateRoadmap.js';
import { parseRoadmap } from './parseRoadmap.js';

// Inputs that once overflowed the stack or took minutes. How fast they parse is measured by
// `npm run bench` (growth per doubling); here: a valid roadmap comes back and the text is kept.
function parse(markdown: string) {
  const result = parseRoadmap(markdown, { now: '2026-03-15' });
  expect(validateRoadmap(result.roadmap).ok).toBe(true);
  return { ...result, json: JSON.stringify(result.roadmap) };
}

function nestedList(levels: number): string {
  let text = '# T\n\n## v1.0 - Deep (Q1 2026)\n\n';
  for (let level = 0; level < levels; level += 1) text += `${'  '.repeat(level)}- level ${level}\n`;
  return text;
}

describe('parseRoadmap on hostile input', () => {
  it('reads a list nested 10,000 levels deep, keeps its innermost text and says where nesting was capped', () => {
    const { roadmap, diagnostics, json } = parse(`# T\n\n## v1.0 - Deep (Q1 2026)\n\n${'- '.repeat(10_000)}innermost\n`);
    expect(roadmap.phases.map((phase) => phase.title)).toEqual(['Deep']);
    expect(json).toContain('innermost');
    expect(diagnostics).toContainEqual({ line: 5, severity: 'warning', message: 'lines 5–5 nest more than 64 levels deep: kept as plain text' });
  });

  it('keeps every line of a list indented 1,500 levels deep: the upper levels as items, the rest as their detail', () => {
    const { roadmap, diagnostics, json } = parse(nestedList(1500));
    const items = roadmap.phases[0]!.groups.flatMap((group) => group.items);
    expect(items.slice(0, 3).map((item) => item.title)).toEqual(['level 0', 'level 1', 'level 2']);
    expect(new Set([...json.matchAll(/level (\d+)/g)].map((match) => match[1])).size).toBe(1500);
    expect(diagnostics.filter((diagnostic) => diagnostic.severity === 'warning').map((diagnostic) => diagnostic.message)).toEqual([
      'lines 36–1504 nest more than 64 levels deep: kept as plain text',
    ]);
  });

  it('reads `> ` repeated 6,000 times on one line without overflowing, and reports the quote', () => {
    const { diagnostics } = parse(`${'> '.repeat(6000)}## v1.0 - Quoted\n`);
    expect(diagnostics.map((diagnostic) => diagnostic.line)).toEqual([1, 1]);
    expect(diagnostics[0]!.message).toBe('lines 1–1 nest more than 64 levels deep: kept as plain text');
  });

  it.each([
    ['50,000 asterisks before a word', `# T\n\n## v1.0 - Stars (Q1 2026)\n\n- ${'*'.repeat(50_000)}a\n`, 'a'],
    ['an item ending in `!.` repeated', `# T\n\n## v1.0 - Bangs (Q1 2026)\n\n- Ship it${'!.'.repeat(25_000)}\n`, 'Ship it'],
    ['a version heading ending in `,/` repeated', `# T\n\n## v1.0 Commas${',/'.repeat(25_000)}\n\n- Work\n`, 'Commas'],
    ['`(target: ` repeated under criteria', `# T\n\n## v1.0 - Goals (Q1 2026)\n\n### Success Criteria\n\n- Latency ${'(target: '.repeat(5_000)}\n`, 'Latency'],
    ['nested `*_` emphasis', `# T\n\n## v1.0 - Marks (Q1 2026)\n\n- ${'*_'.repeat(12_000)}marked${'_*'.repeat(12_000)}\n`, 'marked'],
    ['nested links', `# T\n\n## v1.0 - Links (Q1 2026)\n\n- ${'['.repeat(10_000)}linked${'](u)'.repeat(10_000)}\n`, 'linked'],
    ['`[a](` repeated', `# T\n\n## v1.0 - Open (Q1 2026)\n\n- Open ${'[a]('.repeat(20_000)}\n`, 'Open'],
  ])('reads %s into one phase that keeps the text', (_name, markdown, text) => {
    const { roadmap, json } = parse(markdown);
    expect(roadmap.phases).toHaveLength(1);
    expect(json).toContain(text);
  });

  it('reads front matter with a title padded by 100 KB of spaces', () => {
    const { roadmap } = parse(`---\ntitle: a${' '.repeat(100_000)}b\n---\n# T\n\n## v1.0 - X (Q1 2026)\n\n- a\n`);
    expect(roadmap.title).toBe(`a${' '.repeat(100_000)}b`);
  });

  it('reads what follows a stray code fence as code, and says so with its line', () => {
    const { roadmap, diagnostics } = parse('# T\n\n```\n## v1.0 - Hidden (Q1 2026)\n- [ ] x\n');
    expect(roadmap.phases).toEqual([]);
    expect(diagnostics).toEqual([{ line: 3, severity: 'info', message: 'code before the first phase is not part of the model' }]);
  });
});
