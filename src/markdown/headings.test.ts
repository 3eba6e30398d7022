import { parseHeading } from './headings.js';

const now = '2026-03-15';

describe('parseHeading', () => {
  it('splits a version, a title and a quarter', () => {
    expect(parseHeading('v1.3.0 - Observability & Integrations (Q1 2026)', now)).toEqual({
      title: 'Observability & Integrations',
      isFallbackTitle: false,
      version: 'v1.3.0',
      when: { start: '2026-01-01', end: '2026-03-31', precision: 'quarter', label: 'Q1 2026' },
      timeframe: undefined,
      status: undefined,
      numbering: undefined,
      strength: 2,
    });
  });

  it('reads a numbered phase with a date and a status word', () => {
    expect(parseHeading('Phase 1: Beta Release (Q2 2025) - IN PROGRESS', now)).toEqual({
      title: 'Phase 1: Beta Release',
      isFallbackTitle: false,
      version: undefined,
      when: { start: '2025-04-01', end: '2025-06-30', precision: 'quarter', label: 'Q2 2025' },
      timeframe: undefined,
      status: 'in-progress',
      numbering: 'phase 1',
      strength: 2,
    });
  });

  it('keeps a relative week as the timeframe', () => {
    expect(parseHeading('Milestone 3: Observability (Week 3) ✅ COMPLETED', now)).toEqual({
      title: 'Milestone 3: Observability',
      isFallbackTitle: false,
      version: undefined,
      when: undefined,
      timeframe: 'Week 3',
      status: 'done',
      numbering: 'milestone 3',
      strength: 2,
    });
  });

  it('reads a released date in brackets as done', () => {
    const info = parseHeading('v2.1.0 - Search (Released: 2025-12-25)', now);
    expect([info.title, info.status, info.when]).toEqual(['Search', 'done', { start: '2025-12-25', end: '2025-12-25', precision: 'day', label: '2025-12-25' }]);
  });

  it('falls back to the version when nothing else is left', () => {
    const info = parseHeading('✅ v0.1.0 RELEASED - 2026-02-09', now);
    expect([info.title, info.isFallbackTitle, info.version, info.status, info.when?.start]).toEqual(['v0.1.0', true, 'v0.1.0', 'done', '2026-02-09']);
  });

  it('reads a bare period and Now/Next/Later', () => {
    expect(parseHeading('🚀 Q1 2025', now)).toMatchObject({ title: 'Q1 2025', isFallbackTitle: true, strength: 1 });
    expect(parseHeading('Now', now)).toMatchObject({ title: 'Now', timeframe: 'Now', when: undefined, strength: 1 });
    expect(parseHeading('Later: Platform', now)).toMatchObject({ title: 'Platform', timeframe: 'Later', strength: 1 });
  });

  it('gives a plain heading no strength', () => {
    expect(parseHeading('Upcoming Releases', now)).toMatchObject({ title: 'Upcoming Releases', strength: 0 });
  });

  it('counts a version that is not up front as weak', () => {
    expect(parseHeading('Long-term Roadmap (Post v1.0.0)', now)).toMatchObject({ title: 'Long-term Roadmap (Post)', version: 'v1.0.0', strength: 1 });
  });

  it('keeps the product name of a named release in its title', () => {
    expect(parseHeading('Orbit 2.4', now)).toMatchObject({ title: 'Orbit 2.4', version: '2.4', strength: 1 });
    expect(parseHeading('0.9', now)).toMatchObject({ title: '0.9', isFallbackTitle: true, version: '0.9', strength: 2 });
  });

  it('keeps a timeframe as the title when only versions follow it, and unwraps a bracketed title', () => {
    expect(parseHeading('Soon — v0.3.0 / v0.4.0', now)).toMatchObject({ title: 'Soon', timeframe: 'Soon', version: 'v0.3.0' });
    expect(parseHeading('Now — v0.1.0 (MVP)', now)).toMatchObject({ title: 'MVP', timeframe: 'Now', version: 'v0.1.0' });
  });

  it('reads a timeframe word glossed in brackets as a timeframe', () => {
    expect(parseHeading('Short-term (6-12 months after launch)', now)).toMatchObject({ title: 'Short-term (6-12 months after launch)', timeframe: 'Short-term (6-12 months after launch)', strength: 1 });
  });

  it('reads gates and tiers named by a letter and a number', () => {
    expect(parseHeading('Gate G2 — Hardening', now)).toMatchObject({ title: 'Gate G2 — Hardening', numbering: 'gate g2', strength: 2 });
    expect(parseHeading('Phase R2-1: Rollout', now)).toMatchObject({ numbering: 'phase r2-1', strength: 2 });
  });

  it('reads spelled-out phase numbers and more relative times', () => {
    expect(parseHeading('Phase One: Foundation', now)).toMatchObject({ numbering: 'phase one', strength: 2 });
    expect(parseHeading('Up Next', now)).toMatchObject({ title: 'Up Next', timeframe: 'Up Next', strength: 1 });
    expect(parseHeading('🚢 Recently Shipped', now)).toMatchObject({ title: 'Recently Shipped', status: 'done', isFallbackTitle: true });
  });
});
