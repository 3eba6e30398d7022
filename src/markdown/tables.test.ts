import type { Table } from 'mdast';
import { createDiagnosticSink } from './diagnostics.js';
import type { ReadContext } from './drafts.js';
import { isMetricTable, isPhaseTable, readTable, tableItems, tableMetrics } from './tables.js';
import { parseMarkdownTree } from './parseMarkdownTree.js';

function tableOf(markdown: string) {
  return readTable(parseMarkdownTree(markdown).children[0] as Table);
}

function context(): ReadContext {
  return { now: '2026-03-15', diagnostics: createDiagnosticSink(), roadmap: { phases: [], metrics: [], cadences: [], pending: [] } };
}

describe('tables', () => {
  it('finds the feature, status, detail and tag columns', () => {
    const shape = tableOf('| Feature | Status | Owner | Notes |\n|---|---|---|---|\n| SSO | ✅ Done | Identity | SAML |\n| Export | Dropped | Data | |\n');
    expect([isPhaseTable(shape), isMetricTable(shape)]).toEqual([false, false]);
    expect(tableItems(shape, context()).map(({ title, status, detail, tags }) => ({ title, status, detail, tags }))).toEqual([
      { title: 'SSO', status: 'done', detail: 'SAML', tags: ['Identity'] },
      { title: 'Export', status: 'cancelled', detail: undefined, tags: ['Data'] },
    ]);
  });

  it('reports a status it does not know', () => {
    const ctx = context();
    tableItems(tableOf('| Task | Status |\n|---|---|\n| A | Maybe |\n'), ctx);
    expect(ctx.diagnostics.list()).toEqual([{ line: 3, severity: 'warning', message: 'status "Maybe" not recognised (expected done, in progress, planned, deferred or cancelled)' }]);
  });

  it('reads a metric table with current values', () => {
    const shape = tableOf('| Metric | Target | Current |\n|---|---|---|\n| API uptime | 99.95% | 99.9% |\n| Docs | Complete | - |\n');
    const { metrics, items } = tableMetrics(shape, context());
    expect([isMetricTable(shape), metrics, items.map((item) => item.title)]).toEqual([
      true,
      [{ label: 'API uptime', target: 99.95, comparator: 'gte', unit: '%', current: 99.9, text: 'API uptime | 99.95% | 99.9%' }],
      ['Docs'],
    ]);
  });

  it('names a row by the first column no role claims, keeping a leading flag dash', () => {
    const shape = tableOf('| CLI flag | Description | Status |\n|---|---|---|\n| `--most_severe` | One consequence per variant | Planned |\n');
    expect(tableItems(shape, context()).map(({ title, detail, status }) => ({ title, detail, status }))).toEqual([{ title: '--most_severe', detail: 'One consequence per variant', status: 'planned' }]);
  });

  it('recognises a table of phases', () => {
    expect(isPhaseTable(tableOf('| Release | Date | Status |\n|---|---|---|\n| v1.0 | 2026-01-10 | Shipped |\n'))).toEqual(true);
  });
});
