import { releasesByQuarter } from '../examples/releasesByQuarter.js';
import type { Phase, Roadmap } from '../model/types.js';
import { dayNumber } from './dayNumber.js';
import { projectCadenceReleases } from './projectCadenceReleases.js';

function release(version: string, start: string, end = start): Phase {
  return { id: version, title: `Release ${version}`, version, status: 'done', when: { start, end, precision: start === end ? 'day' : 'month' }, groups: [], metrics: [] };
}

describe('projectCadenceReleases', () => {
  const phases = [release('v1.0.0', '2025-06-02'), release('v1.1.0', '2025-11-03'), release('v1.1.1', '2025-12-01'), release('v0.9.0', '2026-01-20')];

  it('anchors a minor cadence on the highest x.y.0 version, not the latest date, and skips dates before now', () => {
    const roadmap: Pick<Roadmap, 'phases' | 'cadences'> = { phases, cadences: [{ label: 'Minor releases', every: { count: 2, unit: 'month' }, text: 'Every 2 months (x.y.0)' }] };
    const { projected } = projectCadenceReleases(roadmap, { now: '2026-03-15', projectionHorizon: 6 });
    expect(projected.map((p) => [p.id, p.date])).toEqual([
      ['projected-0-3', '2026-05-03'],
      ['projected-0-4', '2026-07-03'],
      ['projected-0-5', '2026-09-03'],
    ]);
    expect(projected[0]!.anchor).toEqual({ date: '2025-11-03', basis: 'kind', phase: phases[1] });
  });

  it('anchors a yearly major cadence on the last x.0.0 release', () => {
    const roadmap = { phases, cadences: [{ label: 'Releases', every: { count: 1, unit: 'year' as const }, text: 'Yearly (x.0.0)' }] };
    expect(projectCadenceReleases(roadmap, { now: '2026-03-15', projectionHorizon: 24 }).projected.map((p) => [p.date, p.kind])).toEqual([
      ['2026-06-02', 'major'],
      ['2027-06-02', 'major'],
    ]);
  });

  it('anchors a weekly patch cadence on the last x.y.z release', () => {
    const roadmap = { phases, cadences: [{ label: 'Patch releases', every: { count: 1, unit: 'week' as const } }] };
    const { projected } = projectCadenceReleases(roadmap, { now: '2026-03-15', projectionHorizon: 1 });
    expect(projected.map((p) => p.date)).toEqual(['2026-03-16', '2026-03-23', '2026-03-30', '2026-04-06', '2026-04-13']);
    expect(projected[0]!.anchor.phase).toBe(phases[2]);
  });

  it('falls back on the last dated release when no release is of the cadence kind', () => {
    const roadmap = { phases: [phases[0]!, phases[3]!], cadences: [{ label: 'Patch releases', every: { count: 10, unit: 'day' as const }, text: 'x.y.z' }] };
    const { projected } = projectCadenceReleases(roadmap, { now: '2026-01-25', projectionHorizon: 1 });
    expect(projected.map((p) => p.date)).toEqual(['2026-01-30', '2026-02-09', '2026-02-19']);
    expect(projected[0]!.anchor).toEqual({ date: '2026-01-20', basis: 'last-release', phase: phases[3] });
  });

  it('falls back on now when nothing is dated', () => {
    const roadmap = { phases: [], cadences: [{ label: 'Nightly snapshots', every: { count: 2, unit: 'week' as const } }] };
    const { projected, cadences } = projectCadenceReleases(roadmap, { now: '2026-03-15', projectionHorizon: 1 });
    expect(projected.map((p) => p.date)).toEqual(['2026-03-29', '2026-04-12']);
    expect(cadences[0]).toMatchObject({ isProjected: true, projectedCount: 2, kind: undefined, anchor: { date: '2026-03-15', basis: 'now' } });
  });

  it('counts a span-dated release from its last day, up to the horizon (15 June)', () => {
    const roadmap = { phases: [release('v3.1.0', '2026-03-01', '2026-03-31')], cadences: [{ label: 'Minor releases', every: { count: 1, unit: 'month' as const } }] };
    expect(projectCadenceReleases(roadmap, { now: '2026-03-15', projectionHorizon: 3 }).projected.map((p) => p.date)).toEqual([
      '2026-04-30',
      '2026-05-31',
    ]);
  });

  it('lists cadences without a period for the legend and projects none of them', () => {
    const { projected, cadences } = projectCadenceReleases(releasesByQuarter, { now: '2026-03-15' });
    expect(projected).toEqual([]);
    expect(cadences.map((c) => [c.cadence.label, c.kind, c.isProjected])).toEqual([
      ['Major releases', 'major', true],
      ['Minor releases', 'minor', true],
      ['Patch releases', 'patch', false],
    ]);
    const longer = projectCadenceReleases(releasesByQuarter, { now: '2026-03-15', projectionHorizon: 36 });
    expect(longer.projected.filter((p) => p.kind === 'major').map((p) => p.date)).toEqual(['2028-12-31']);
    expect(longer.projected.filter((p) => p.kind === 'minor').map((p) => p.date)).toEqual([
      '2027-03-31',
      '2027-06-30',
      '2027-09-30',
      '2027-12-31',
      '2028-03-31',
      '2028-06-30',
      '2028-09-30',
      '2028-12-31',
    ]);
  });

  it('projects nothing past 9999-12-31 and does not throw when now is the last supported day (#14)', () => {
    const roadmap = { phases: [], cadences: [{ label: 'Monthly', every: { count: 1, unit: 'month' as const } }] };
    expect(projectCadenceReleases(roadmap, { now: '9999-12-31' }).projected).toEqual([]);
    const { projected } = projectCadenceReleases(roadmap, { now: '9999-10-15' });
    expect(projected.map((p) => p.date)).toEqual(['9999-11-15', '9999-12-15']);
  });

  it('stops a period of 100,000 years without throwing: its first step is past the supported range (#14)', () => {
    const roadmap = { phases: [release('v1.0.0', '2025-06-02')], cadences: [{ label: 'Eons', every: { count: 100_000, unit: 'year' as const } }] };
    const { projected, cadences } = projectCadenceReleases(roadmap, { now: '2026-03-01', projectionHorizon: 12_000_000 });
    expect(projected).toEqual([]);
    expect(cadences[0]).toMatchObject({ isProjected: true, projectedCount: 0 });
  });

  it('reaches today from an anchor in year 1 with a daily period in a few steps, with the step numbers counted from the anchor', () => {
    const roadmap = { phases: [release('v0.0.1', '0001-01-01')], cadences: [{ label: 'Nightly', every: { count: 1, unit: 'day' as const } }] };
    const { projected } = projectCadenceReleases(roadmap, { now: '9999-12-29' });
    expect(projected.map((p) => [p.id, p.date])).toEqual([
      [`projected-0-${dayNumber('9999-12-29') - dayNumber('0001-01-01')}`, '9999-12-29'],
      [`projected-0-${dayNumber('9999-12-30') - dayNumber('0001-01-01')}`, '9999-12-30'],
      [`projected-0-${dayNumber('9999-12-31') - dayNumber('0001-01-01')}`, '9999-12-31'],
    ]);
  });

  it('keeps month ends from drifting when it skips ahead (31 January + n months)', () => {
    const roadmap = { phases: [release('v1.0.0', '1990-01-31')], cadences: [{ label: 'Monthly', every: { count: 1, unit: 'month' as const } }] };
    expect(projectCadenceReleases(roadmap, { now: '2026-02-15', projectionHorizon: 2 }).projected.map((p) => p.date)).toEqual(['2026-02-28', '2026-03-31']);
  });
});
