import { parseMarkdownTree } from './parseMarkdownTree.js';
import { parseRoadmap } from './parseRoadmap.js';
import { readLegend } from './legend.js';
import { statusOfEmoji } from './statuses.js';

const now = '2026-03-15';

describe('readLegend', () => {
  it('reads a legend table, a legend line and a legend list', () => {
    expect([
      [...readLegend(parseMarkdownTree('| Emoji | Meaning |\n|---|---|\n| 🟢 | Done |\n| 🟡 | In progress |\n'))],
      [...readLegend(parseMarkdownTree('Legend: 🟢 hecho / 🟡 parcial / 🔴 pendiente\n'))],
      [...readLegend(parseMarkdownTree('- 🟢 erledigt\n- 🔴 offen\n'))],
    ]).toEqual([
      [['🟢', 'done'], ['🟡', 'in-progress']],
      [['🟢', 'done'], ['🟡', 'in-progress'], ['🔴', 'planned']],
      [['🟢', 'done'], ['🔴', 'planned']],
    ]);
  });

  it('reads no legend from a line with one mark or an unknown meaning', () => {
    expect([readLegend(parseMarkdownTree('🚀 Launch day is near\n')).size, readLegend(parseMarkdownTree('🟢 green / 🔴 red\n')).size]).toEqual([0, 0]);
  });
});

describe('marks defined by the document', () => {
  it('give headings and items the status the legend says, only while that document is read', () => {
    const markdown = '# R\n\nLegend: 🟢 done / 🟡 partial / ⚪ not started\n\n## Phase 1 🟢\n\n- Audit\n\n## Phase 2 🟡\n\n- Search 🟢\n- Export ⚪\n';
    expect(parseRoadmap(markdown, { now }).roadmap.phases.map((phase) => [phase.title, phase.status, phase.groups[0]?.items.map((item) => item.status)])).toEqual([
      ['Phase 1', 'done', ['done']],
      ['Phase 2', 'in-progress', ['done', 'planned']],
    ]);
    expect(statusOfEmoji('🟢')).toBeUndefined();
  });
});
