import type { List } from 'mdast';
import { createDiagnosticSink } from './diagnostics.js';
import type { ReadContext } from './drafts.js';
import { flattenEntries, readList } from './items.js';
import { parseMarkdownTree } from './parseMarkdownTree.js';

function readMarkdownList(markdown: string) {
  const ctx: ReadContext = { now: '2026-03-15', diagnostics: createDiagnosticSink(), roadmap: { phases: [], metrics: [], cadences: [], pending: [] } };
  const list = parseMarkdownTree(markdown).children[0] as List;
  return { entries: readList(list, ctx), diagnostics: ctx.diagnostics.list() };
}

describe('readList', () => {
  it('splits a bold title from its detail', () => {
    expect(flattenEntries(readMarkdownList('- **OpenTelemetry Integration**: Full distributed tracing support\n').entries)).toEqual([
      { line: 1, title: 'OpenTelemetry Integration', detail: 'Full distributed tracing support', text: 'OpenTelemetry Integration: Full distributed tracing support', status: undefined, key: 'OpenTelemetry Integration' },
    ]);
  });

  it('reads checkboxes, emoji, strike-through and deferral', () => {
    const items = flattenEntries(readMarkdownList('- [x] Done thing\n- [ ] Open thing\n- ✅ Shipped thing\n- ~~Dropped thing~~\n- [ ] Later thing - Deferred to v1.2.0\n').entries);
    expect(items.map((item) => [item.title, item.status, item.detail])).toEqual([
      ['Done thing', 'done', undefined],
      ['Open thing', 'planned', undefined],
      ['Shipped thing', 'done', undefined],
      ['Dropped thing', 'cancelled', undefined],
      ['Later thing', 'deferred', 'Deferred to v1.2.0'],
    ]);
  });

  it('turns a bold lead-in with nested bullets into a titled entry', () => {
    const { entries } = readMarkdownList('- **Features**: ✅\n  - Login\n  - Export\n');
    expect(entries.map((entry) => (entry.kind === 'lead' ? [entry.title, entry.status, flattenEntries(entry.entries).map((item) => item.title)] : entry.kind))).toEqual([
      ['Features', 'done', ['Login', 'Export']],
    ]);
  });

  it('reports a code block inside a lead-in bullet, as inside any other bullet', () => {
    const { entries, diagnostics } = readMarkdownList('- **Setup**:\n\n  ```\n  make\n  ```\n\n  - Install\n');
    expect(entries.map((entry) => (entry.kind === 'lead' ? [entry.title, flattenEntries(entry.entries).map((item) => item.title)] : entry.kind))).toEqual([['Setup', ['Install']]]);
    expect(diagnostics).toEqual([{ line: 3, severity: 'info', message: 'code inside a list item is not part of the model' }]);
  });

  it('keeps a checkbox with a bold title and nested bullets as an item, not a group title', () => {
    const { entries } = readMarkdownList('- [ ] **Search**\n  - Index\n  - Query\n');
    expect(entries.map((entry) => (entry.kind === 'item' ? [entry.item.title, entry.item.status] : entry.kind))).toEqual([
      ['Search', 'planned'],
      ['Index', undefined],
      ['Query', undefined],
    ]);
  });

  it('keeps nested bullets under an ordinary item as items of their own', () => {
    expect(flattenEntries(readMarkdownList('- Security hardening\n  - Fuzzing\n').entries).map((item) => item.title)).toEqual(['Security hardening', 'Fuzzing']);
  });

  it('keeps the first safe link and reports the unsafe one', () => {
    const { entries, diagnostics } = readMarkdownList('- [Spec](data:text/html,x) and [docs](https://acme.dev)\n');
    expect([flattenEntries(entries)[0]?.href, diagnostics]).toEqual([
      'https://acme.dev',
      [{ line: 1, severity: 'warning', message: 'link "data:text/html,x" dropped (only http(s), mailto and relative URLs are kept)' }],
    ]);
  });

  it('adds further paragraphs of a bullet to its detail', () => {
    expect(flattenEntries(readMarkdownList('- **Search**: fast\n\n  Across all notes.\n').entries)[0]?.detail).toEqual('fast Across all notes.');
  });
});
