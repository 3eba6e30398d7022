import { parseRoadmap } from './parseRoadmap.js';

// Each form the vocabulary adds, read end to end into its exact model.
const now = '2026-03-15';

describe('dates written past the English forms', () => {
  it('takes an italic Target line, a plain Key: date line and a German range as the phase dates', () => {
    const markdown = '# R\n\n## Phase 1: Beta\n*Target: Q3 2025*\n\n- [ ] Search\n\n## v0.9\nDevelopment: Q4 2022\n\n- Export\n\n## Phase 2 — Launch (Ziel: 2026-04-28 bis 2026-04-30)\n\n- Go live\n';
    expect(parseRoadmap(markdown, { now }).roadmap.phases).toEqual([
      { id: 'phase-1-beta', title: 'Phase 1: Beta', status: 'planned', when: { start: '2025-07-01', end: '2025-09-30', precision: 'quarter', label: 'Q3 2025' }, groups: [{ items: [{ id: 'search', title: 'Search', status: 'planned' }] }], metrics: [] },
      { id: 'v0-9', title: 'v0.9', version: 'v0.9', status: 'planned', when: { start: '2022-10-01', end: '2022-12-31', precision: 'quarter', label: 'Q4 2022' }, groups: [{ items: [{ id: 'export', title: 'Export', status: 'planned' }] }], metrics: [] },
      { id: 'phase-2-launch', title: 'Phase 2 — Launch', status: 'planned', when: { start: '2026-04-28', end: '2026-04-30', precision: 'day', label: '2026-04-28 bis 2026-04-30' }, groups: [{ items: [{ id: 'go-live', title: 'Go live', status: 'planned' }] }], metrics: [] },
    ]);
  });

  it('reads a release date in brackets glued to the version as done, and an approximate one as a plan', () => {
    const markdown = '# R\n\n## v1.0(Released on July 8, 2020)\n\n- Scheduler\n\n## v1.1(To Be Released around May 15, 2026)\n\n- Queues\n';
    expect(parseRoadmap(markdown, { now }).roadmap.phases.map((phase) => [phase.title, phase.status, phase.when])).toEqual([
      ['v1.0', 'done', { start: '2020-07-08', end: '2020-07-08', precision: 'day', label: 'July 8, 2020' }],
      ['v1.1', 'planned', { start: '2026-05-15', end: '2026-05-15', precision: 'day', label: 'around May 15, 2026' }],
    ]);
  });

  it('keeps a target written in words as the summary', () => {
    const { roadmap, diagnostics } = parseRoadmap('# R\n\n## Phase 1\n**Target**: faster builds\n\n- Cache\n', { now });
    expect([roadmap.phases[0]?.summary, roadmap.phases[0]?.when, diagnostics]).toEqual(['faster builds', undefined, []]);
  });
});

describe('dates in sentences', () => {
  it('dates a phase from a sentence that says what it is targeted for', () => {
    const markdown = '# R\n\n## Ceph 1.21\n\nThese features are targeted for v1.21 (September 2026). Others come later.\n\n- Faster OSDs\n';
    expect(parseRoadmap(markdown, { now }).roadmap.phases[0]?.when).toEqual({ start: '2026-09-01', end: '2026-09-30', precision: 'month', label: 'September 2026' });
  });
});

describe('statuses written past the English words', () => {
  it('reads a discarded item as cancelled', () => {
    const markdown = '# R\n\n## v4.0\n\n- [x] Audio module\n- Network module - _DISCARDED_\n';
    expect(parseRoadmap(markdown, { now }).roadmap.phases.map((phase) => [phase.status, phase.groups[0]?.items.map((item) => [item.title, item.status])])).toEqual([
      ['done', [['Audio module', 'done'], ['Network module', 'cancelled']]],
    ]);
  });

  it('reads status words in other languages, (current), progress figures and [~] boxes', () => {
    const markdown = '# R\n\n## Phase 1 — Audit (abgeschlossen)\n\n- Server\n\n## Milestone 2: Scaffold (current)\n\n- Layout\n\n## Phase 3: Engine (started, 60% complete)\n\n- Core\n\n## Phase 4\n\n- [~] Parser\n- [ ] Printer\n\n## Etapa 5\n**Estado**: concluída\n\n- Docs\n';
    expect(parseRoadmap(markdown, { now }).roadmap.phases.map((phase) => [phase.title, phase.status, phase.groups.flatMap((group) => group.items.map((item) => item.status))])).toEqual([
      ['Phase 1 — Audit', 'done', ['done']],
      ['Milestone 2: Scaffold', 'in-progress', ['planned']],
      ['Phase 3: Engine', 'in-progress', ['planned']],
      ['Phase 4', 'in-progress', ['in-progress', 'planned']],
      ['Etapa 5', 'done', ['done']],
    ]);
  });
});

describe('release rhythms', () => {
  it('takes a rhythm stated in prose once, and leaves support windows and review rhythms out', () => {
    const markdown = '# R\n\nWe release a new version every 4 months.\n\n## Support\n\nEach LTS line is maintained for 12 months. Releases every four months keep the train moving.\n\n## Planning\n\nWe review the board quarterly.\n';
    expect(parseRoadmap(markdown, { now }).roadmap.cadences).toEqual([{ label: 'Releases', every: { count: 4, unit: 'month' }, text: 'We release a new version every 4 months.' }]);
  });

  it('reads each release type of a schedule section from its paragraph, and its table of releases as phases', () => {
    const markdown =
      '# R\n\n## Release cadence\n\n### Minor release (2.x)\n\nMinor releases ship on the first Monday of each month.\n\n### Major release\n\nNo major release is planned.\n\n## Release schedule\n\n| Quarter | Date | Release version |\n|---|---|---|\n| CY26 Q1 | 2026-01-20 | Terminal 2.4 |\n';
    const { roadmap, diagnostics } = parseRoadmap(markdown, { now });
    expect([roadmap.cadences, roadmap.phases.map((phase) => [phase.version, phase.title, phase.when?.start]), diagnostics]).toEqual([
      [{ label: 'Minor release (2.x)', every: { count: 1, unit: 'month' }, text: 'Minor releases ship on the first Monday of each month.' }],
      [['2.4', 'Terminal 2.4', '2026-01-20']],
      [{ line: 11, severity: 'info', message: 'text "No major release is planned." in "Major release" is not a release rule and was left out' }],
    ]);
  });
});

describe('tables of releases', () => {
  it('reads rows under a lead-in about past releases as done, and numbered steps titled by their theme', () => {
    const markdown =
      '# R\n\n## Releases\n\nOur previous releases:\n\n| Version | Release date |\n|---|---|\n| v2.1 | Jun 1st, 2025 |\n\n## Fases\n\n| Fase | Tema | Estado |\n|---|---|---|\n| 1 | lexer | concluída |\n| 2 | parser | planejada |\n';
    expect(parseRoadmap(markdown, { now }).roadmap.phases.map((phase) => [phase.title, phase.version, phase.status, phase.when?.start])).toEqual([
      ['v2.1', 'v2.1', 'done', '2025-06-01'],
      ['Fase 1: lexer', undefined, 'done', undefined],
      ['Fase 2: parser', undefined, 'planned', undefined],
    ]);
  });
});

describe('legend tables', () => {
  it('are neither phases nor items', () => {
    const { roadmap, diagnostics } = parseRoadmap('# R\n\n## v1.0\n\n| Emoji | Meaning |\n|---|---|\n| ✅ | Done |\n\n- [x] Login\n', { now });
    expect([roadmap.phases.map((phase) => phase.groups.flatMap((group) => group.items.map((item) => item.title))), diagnostics]).toEqual([
      [['Login']],
      [{ line: 5, severity: 'info', message: 'legend table in "v1.0" explains marks and is not part of the model' }],
    ]);
  });
});
