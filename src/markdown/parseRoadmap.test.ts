import { parseRoadmap } from './parseRoadmap.js';

const now = '2026-03-15';

describe('parseRoadmap', () => {
  it('reads key–value dates in bold and plain form', () => {
    const { roadmap } = parseRoadmap('# R\n\n## v2.0 - Search\n\n**ETA**: February 2025\n\n## v3.0 - Sync\n\nEstimated: Q2 2026\n', { now });
    expect(roadmap.phases.map((phase) => phase.when)).toEqual([
      { start: '2025-02-01', end: '2025-02-28', precision: 'month', label: 'February 2025' },
      { start: '2026-04-01', end: '2026-06-30', precision: 'quarter', label: 'Q2 2026' },
    ]);
  });

  it('keeps the more precise date and warns when heading and key–value dates do not overlap', () => {
    const { roadmap, diagnostics } = parseRoadmap('# R\n\n## v2.0 - Search (Q1 2026)\n\n**Target Date**: June 2026\n', { now });
    expect(roadmap.phases[0]?.when).toEqual({ start: '2026-06-01', end: '2026-06-30', precision: 'month', label: 'June 2026' });
    expect(diagnostics).toEqual([{ line: 5, severity: 'warning', message: 'dates of "Search" disagree: "Q1 2026" and "June 2026" do not overlap; kept "June 2026"' }]);
  });

  it('reads a target date in brackets and a released date as done', () => {
    const { roadmap } = parseRoadmap('# R\n\n## v1.0 - Launch (Released: 2025-12-25)\n\n- Login\n\n## v1.1 - Teams (Target: Q1 2026)\n\n- Invites\n', { now });
    expect(roadmap.phases.map((phase) => [phase.title, phase.status, phase.when?.start, phase.groups[0]?.items[0]?.status])).toEqual([
      ['Launch', 'done', '2025-12-25', 'done'],
      ['Teams', 'planned', '2026-01-01', 'planned'],
    ]);
  });

  it('drops javascript: links with a warning and keeps mailto and relative ones', () => {
    const { roadmap, diagnostics } = parseRoadmap('# R\n\n## Now\n\n- [Bad](javascript:alert(1))\n- [Mail](mailto:team@acme.dev)\n- [Docs](../docs/a.md)\n', { now });
    expect(roadmap.phases[0]?.groups[0]?.items.map((item) => [item.title, item.href])).toEqual([
      ['Bad', undefined],
      ['Mail', 'mailto:team@acme.dev'],
      ['Docs', '../docs/a.md'],
    ]);
    expect(diagnostics).toEqual([{ line: 5, severity: 'warning', message: 'link "javascript:alert(1)" dropped (only http(s), mailto and relative URLs are kept)' }]);
  });

  it('ignores HTML comments', () => {
    const { roadmap, diagnostics } = parseRoadmap('# R\n\n<!-- draft -->\n\n## Now\n\n<!-- hidden -->\n- Search\n', { now });
    expect([roadmap.phases[0]?.groups, diagnostics]).toEqual([[{ items: [{ id: 'search', title: 'Search', status: 'planned' }] }], []]);
  });

  it('repairs mojibake before parsing and leaves French untouched', () => {
    const { roadmap } = parseRoadmap('# Feuille de route\n\n## â€œv1.0â€\u009d - SÃ©curitÃ© (Q1 2026) âœ…\n\n- Chiffrement « de bout en bout »\n', { now });
    expect([roadmap.phases[0]?.title, roadmap.phases[0]?.status, roadmap.phases[0]?.groups[0]?.items[0]?.title]).toEqual([
      'Sécurité',
      'done',
      'Chiffrement « de bout en bout »',
    ]);
  });

  it('gives criteria that name a phase to that phase, even before it', () => {
    const markdown = '# R\n\n## Exit Criteria\n\n### Phase 2 Exit Criteria\n- 99.9% uptime\n- Documentation complete\n\n## Phase 2: GA (Q3 2026)\n\n- Billing\n';
    const phase = parseRoadmap(markdown, { now }).roadmap.phases[0];
    expect([phase?.metrics.map((metric) => metric.label), phase?.groups.map((group) => group.title)]).toEqual([['uptime'], [undefined, 'Phase 2 Exit Criteria']]);
  });

  it('reads items as done inside a phase marked done, unless they say otherwise', () => {
    const { roadmap } = parseRoadmap('# R\n\n## v1.0 ✅ RELEASED\n\n- Login\n- ~~Export~~\n- Import - Deferred to v1.1\n- [ ] Audit\n', { now });
    expect(roadmap.phases[0]?.groups[0]?.items.map((item) => item.status)).toEqual(['done', 'cancelled', 'deferred', 'planned']);
  });

  it('puts nested bullets under a lead-in into a group of the phase', () => {
    const { roadmap } = parseRoadmap('# R\n\n## v1.0 - Core\n\n- **Features**:\n  - Login\n  - Export\n', { now });
    expect(roadmap.phases[0]?.groups).toEqual([
      {
        title: 'Features',
        items: [
          { id: 'login', title: 'Login', status: 'planned' },
          { id: 'export', title: 'Export', status: 'planned' },
        ],
      },
    ]);
  });

  it('keeps a week as a timeframe without a calendar span', () => {
    const phase = parseRoadmap('# R\n\n## Milestone 3: Observability (Week 3)\n\n- Metrics\n', { now }).roadmap.phases[0];
    expect([phase?.title, phase?.when, phase?.timeframe]).toEqual(['Milestone 3: Observability', undefined, 'Week 3']);
  });

  it('does not turn sections about the project into phases', () => {
    const { roadmap, diagnostics } = parseRoadmap('# R\n\n## Contributing\n\n- Fork it\n\n## v1.0 - Core\n\n- Login\n', { now });
    expect([roadmap.phases.map((phase) => phase.title), diagnostics]).toEqual([['Core'], [{ line: 3, severity: 'info', message: 'section "Contributing" is not a phase and was kept out of the roadmap' }]]);
  });

  it('reads feature-area sections as phases when nothing else is a phase', () => {
    const { roadmap } = parseRoadmap('# R\n\n## Authentication\n\n- [x] Login\n- [ ] SSO\n\n## Billing\n\n- [ ] Invoices\n', { now });
    expect(roadmap.phases.map((phase) => [phase.title, phase.status])).toEqual([
      ['Authentication', 'in-progress'],
      ['Billing', 'planned'],
    ]);
  });

  it('reads a bare checklist as one phase named after the document', () => {
    const { roadmap } = parseRoadmap('- [x] Login\n- [ ] SSO\n', { now });
    expect(roadmap).toEqual({
      title: 'Roadmap',
      phases: [
        {
          id: 'roadmap',
          title: 'Roadmap',
          status: 'in-progress',
          groups: [{ items: [{ id: 'login', title: 'Login', status: 'done' }, { id: 'sso', title: 'SSO', status: 'planned' }] }],
          metrics: [],
        },
      ],
      metrics: [],
      cadences: [],
    });
  });

  it('merges a version that appears under two headings', () => {
    const { roadmap, diagnostics } = parseRoadmap('# R\n\n## ✅ v1.0 RELEASED - 2026-02-09\n\n- Login\n\n## History\n\n### v1.0 - First Release\n\n- Export\n', { now });
    expect(roadmap.phases.map((phase) => [phase.title, phase.version, phase.when?.start, phase.groups.flatMap((group) => group.items.map((item) => item.title))])).toEqual([
      ['First Release', 'v1.0', '2026-02-09', ['Login', 'Export']],
    ]);
    expect(diagnostics.map((diagnostic) => diagnostic.line)).toEqual([7, 9]);
  });

  it('returns an empty roadmap for an empty document', () => {
    expect(parseRoadmap('')).toEqual({ roadmap: { title: 'Roadmap', phases: [], metrics: [], cadences: [] }, diagnostics: [] });
  });
});
