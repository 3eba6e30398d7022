import { createDiagnosticSink } from './diagnostics.js';
import type { PhaseDraft, ReadContext } from './drafts.js';
import { applyDateValue } from './phaseDates.js';

function setup(): { phase: PhaseDraft; ctx: ReadContext } {
  return {
    phase: { line: 1, title: 'Beta', isFallbackTitle: false, groups: [], metrics: [], when: { start: '2025-04-01', end: '2025-06-30', precision: 'quarter', label: 'Q2 2025' } },
    ctx: { now: '2026-03-15', diagnostics: createDiagnosticSink(), roadmap: { phases: [], metrics: [], cadences: [], pending: [] } },
  };
}

describe('applyDateValue', () => {
  it('keeps the more precise of two overlapping dates quietly', () => {
    const { phase, ctx } = setup();
    applyDateValue(phase, 'Target Date', 'June 2025', 4, ctx);
    expect([phase.when, ctx.diagnostics.list()]).toEqual([{ start: '2025-06-01', end: '2025-06-30', precision: 'month', label: 'June 2025' }, []]);
  });

  it('marks a phase done by a released date', () => {
    const { phase, ctx } = setup();
    applyDateValue(phase, 'Released', '2025-05-02', 4, ctx);
    expect([phase.status, phase.when?.start]).toEqual(['done', '2025-05-02']);
  });

  it('keeps a timeline without a date as the timeframe, and reports other values', () => {
    const { phase, ctx } = setup();
    delete phase.when;
    applyDateValue(phase, 'Timeline', 'Ongoing R&D', 3, ctx);
    applyDateValue(phase, 'Target Date', 'soonish', 4, ctx);
    expect([phase.timeframe, ctx.diagnostics.list()]).toEqual([
      'Ongoing R&D',
      [{ line: 4, severity: 'warning', message: 'Target Date: "soonish" is not a date this importer knows (expected e.g. 2025-12-25, June 2025, Q2 2026, H2 2026, 2027+)' }],
    ]);
  });
});
