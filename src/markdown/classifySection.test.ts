import { classifySection } from './classifySection.js';
import type { Section } from './sections.js';

function kindOf(text: string, scope: 'top' | 'phase' = 'top'): string {
  const section: Section = { depth: 2, line: 1, text, blocks: [], children: [] };
  return classifySection(section, scope, '2026-03-15').kind;
}

describe('classifySection', () => {
  it('tells phases, criteria, schedules and sections kept out apart', () => {
    expect(
      ['v1.3.0 - Observability', 'Phase 1 Exit Criteria', '📊 Success Metrics', 'Release Schedule', 'Decision Log', 'Contributing', 'Q3 2026 — Community features', 'Upcoming Releases', 'Phase 2: Community Edition'].map((text) => kindOf(text)),
    ).toEqual(['phase', 'metrics', 'metrics', 'cadence', 'skip', 'skip', 'phase', 'plain', 'phase']);
  });

  it('reads a numbered phase about metrics as a phase, and its criteria as criteria', () => {
    expect(['Phase 2: Core KPI & Bottleneck Analysis', 'Phase 1 Exit Criteria', 'Phase 1 Success Metrics (draft):', 'Success metrics by phase'].map((text) => kindOf(text))).toEqual(['phase', 'metrics', 'metrics', 'metrics']);
  });

  it('keeps sections about the present out, unless they name a phase', () => {
    expect(['📊 Current status', '✅ Current state (v1.1.0)', 'Known limitations', 'Current status: Phase 1 (✅ COMPLETE)', 'P0 — Search'].map((text) => kindOf(text))).toEqual(['skip', 'skip', 'skip', 'phase', 'phase']);
  });

  it('keeps most sub-sections of a phase as groups', () => {
    expect(['Systemd Support', 'Documentation', 'Quick Stats', 'Success Criteria'].map((text) => kindOf(text, 'phase'))).toEqual(['plain', 'plain', 'skip', 'metrics']);
  });
});
