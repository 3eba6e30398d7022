import { parseHtmlTable } from './htmlTables.js';
import { parseRoadmap } from './parseRoadmap.js';

const now = '2026-03-15';

describe('parseHtmlTable', () => {
  it('reads rows, header cells, entities and nested tables', () => {
    const table = parseHtmlTable('<table><tr><th>Now</th><th>Next</th></tr><tr><td><table><tr><td>Fast &amp; small</td></tr></table></td><td>Docs<br>Site</td></tr></table>', 4);
    expect(table).toEqual({
      line: 4,
      rows: [
        [
          { text: 'Now', isHeader: true, tables: [] },
          { text: 'Next', isHeader: true, tables: [] },
        ],
        [
          { text: '', isHeader: false, tables: [{ line: 4, rows: [[{ text: 'Fast & small', isHeader: false, tables: [] }]] }] },
          { text: 'Docs\nSite', isHeader: false, tables: [] },
        ],
      ],
    });
  });

  it('stays linear on unclosed tags and comments', () => {
    const start = performance.now();
    parseHtmlTable(`<table><tr><td>${'<a '.repeat(50_000)}${'<!-- '.repeat(50_000)}`, 1);
    expect(performance.now() - start).toBeLessThan(1000);
  });
});

describe('HTML tables in a roadmap', () => {
  it('reads a board of nested tables, with blank lines inside, as one phase per column', () => {
    const markdown = '# Roadmap\n\n<table>\n  <tr>\n\n    <th>In Progress</th>\n\n    <th>Planned</th>\n  </tr>\n  <tr>\n\n    <td>\n      <table>\n\n        <tr><td>Dark mode<span class="icon"></span></td></tr>\n        <tr><td>Search</td></tr>\n      </table>\n    </td>\n    <td><table><tr><td>Offline sync</td></tr></table></td>\n  </tr>\n</table>\n\n<style>\ntable { border: 1px solid #ddd; }\n</style>\n';
    const { roadmap, diagnostics } = parseRoadmap(markdown, { now });
    expect(roadmap.phases).toEqual([
      { id: 'in-progress', title: 'In Progress', status: 'in-progress', groups: [{ items: [{ id: 'dark-mode', title: 'Dark mode', status: 'in-progress' }, { id: 'search', title: 'Search', status: 'in-progress' }] }], metrics: [] },
      { id: 'planned', title: 'Planned', status: 'planned', groups: [{ items: [{ id: 'offline-sync', title: 'Offline sync', status: 'planned' }] }], metrics: [] },
    ]);
    expect(diagnostics).toEqual([{ line: 23, severity: 'info', message: 'html before the first phase is not part of the model' }]);
  });

  it('reads an HTML table of releases like a markdown one', () => {
    const markdown = '# Roadmap\n\n<table>\n<tr><th>Version</th><th>Date</th><th>Status</th></tr>\n<tr><td>v2.0</td><td>2026-06-30</td><td>In progress</td></tr>\n</table>\n';
    expect(parseRoadmap(markdown, { now }).roadmap.phases.map((phase) => [phase.version, phase.status, phase.when?.start])).toEqual([['v2.0', 'in-progress', '2026-06-30']]);
  });
});
