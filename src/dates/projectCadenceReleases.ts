import { addDays, addMonths, addWeeks, addYears, isValid } from 'date-fns';
import { compareIsoDates } from './compareIsoDates.js';
import { dayNumber } from './dayNumber.js';
import { parseIsoDate, resolveNow, toIsoDate } from './isoDate.js';
import { clampIsoDate, MAX_ISO_DATE } from './supportedRange.js';
import type { ReleaseKind } from '../model/releaseKind.js';
import { compareVersions, getCadenceKind, getVersionKind, parseVersion } from '../model/releaseKind.js';
import type { Cadence, Phase, Roadmap } from '../model/types.js';

/** What a cadence's projections count from. */
export type ProjectionAnchorBasis = 'kind' | 'last-release' | 'now';

/** Where a cadence's projections start. */
export interface ProjectionAnchor {
  /** ISO day the periods count from. */
  date: string;
  /** The last release of the cadence's kind, else the last dated release, else `now`. */
  basis: ProjectionAnchorBasis;
  /** The release anchored on, unless the basis is `now`. */
  phase?: Phase;
}

/** A release a cadence implies but nobody announced. */
export interface ProjectedRelease {
  /** Stable id: `projected-<cadence index>-<step>`. */
  id: string;
  /** ISO day it would land on. */
  date: string;
  cadence: Cadence;
  /** Index of the cadence in `roadmap.cadences`. */
  cadenceIndex: number;
  kind: ReleaseKind | undefined;
  anchor: ProjectionAnchor;
}

/** A cadence as a calendar legend lists it. */
export interface CadenceSummary {
  cadence: Cadence;
  cadenceIndex: number;
  kind: ReleaseKind | undefined;
  /** Whether it has a period and so can be drawn; `As needed` and `Immediate` cannot. */
  isProjected: boolean;
  /** Where its projections count from; absent without a period. */
  anchor?: ProjectionAnchor;
  /** How many releases it projects inside the horizon. */
  projectedCount: number;
}

/** Options of `projectCadenceReleases`. */
export interface ProjectCadenceOptions {
  /** Today; projections end `projectionHorizon` months after it. @defaultValue the current date */
  now?: string | Date;
  /** How many months past `now` to project. @defaultValue 12 */
  projectionHorizon?: number;
}

/** What `projectCadenceReleases` gives. */
export interface CadenceProjection {
  /** Projected releases of every cadence with a period, by date. */
  projected: ProjectedRelease[];
  /** Every cadence, in document order, including those without a period (for a legend). */
  cadences: CadenceSummary[];
}

/** A release as an anchor: its day, or the last day of a span written more coarsely (the latest it is due). */
function releaseDay(phase: Phase): string {
  return phase.when!.end;
}

function findAnchor(dated: Phase[], kind: ReleaseKind | undefined, today: string): ProjectionAnchor {
  let best: { phase: Phase; version: [number, number, number] } | undefined;
  for (const phase of dated) {
    const version = parseVersion(phase.version);
    if (!version || kind === undefined || getVersionKind(phase.version) !== kind) continue;
    if (!best || compareVersions(version, best.version) >= 0) best = { phase, version };
  }
  if (best) return { date: releaseDay(best.phase), basis: 'kind', phase: best.phase };
  const last = dated.reduce<Phase | undefined>((latest, phase) => (!latest || compareIsoDates(releaseDay(phase), releaseDay(latest)) >= 0 ? phase : latest), undefined);
  if (last) return { date: releaseDay(last), basis: 'last-release', phase: last };
  return { date: today, basis: 'now' };
}

const STEP = { day: addDays, week: addWeeks, month: addMonths, year: addYears } as const;
const DAYS_PER_STEP_UNIT = { day: 1, week: 7 } as const;
const MONTHS_PER_STEP_UNIT = { month: 1, year: 12 } as const;

/** `year * 12 + month index` of an ISO date. */
function monthIndexOf(iso: string): number {
  return Number(iso.slice(0, -6)) * 12 + Number(iso.slice(-5, -3)) - 1;
}

/**
 * The first step worth computing: one just before the first that can reach `today`, so an anchor
 * centuries back with a daily period costs a few steps, not millions. Month-based periods clamp
 * month ends (31 January + 1 month is 28 February), so this starts one step early and lets the loop
 * skip what still falls before `today`.
 */
function firstStepNear(anchor: string, today: string, every: NonNullable<Cadence['every']>): number {
  const { unit, count } = every;
  const elapsed =
    unit === 'day' || unit === 'week'
      ? (dayNumber(today) - dayNumber(anchor)) / (DAYS_PER_STEP_UNIT[unit] * count)
      : (monthIndexOf(today) - monthIndexOf(anchor)) / (MONTHS_PER_STEP_UNIT[unit] * count);
  return Math.max(1, Math.floor(elapsed) - 1);
}

/**
 * The releases each cadence implies (DESIGN.md, Cadence projection): every period after its anchor
 * (the last dated release of its kind by version, else the last dated release, else `now`), from
 * `now` up to `projectionHorizon` months past it, and never past 9999-12-31, the last day a roadmap
 * can name. Each step counts from the anchor, so month ends do not drift (30 June + 2, 4, 6 months:
 * 30 Aug, 30 Oct, 30 Dec). Dates before `now` are left out: they either happened or were never
 * recorded. Cadences without a period are listed, not projected.
 * @example projectCadenceReleases(roadmap, { now: '2026-03-15' }).projected[0].date
 */
export function projectCadenceReleases(roadmap: Pick<Roadmap, 'phases' | 'cadences'>, options: ProjectCadenceOptions = {}): CadenceProjection {
  const today = resolveNow(options.now);
  const horizonDate = addMonths(parseIsoDate(today), options.projectionHorizon ?? 12);
  const horizon = isValid(horizonDate) ? clampIsoDate(toIsoDate(horizonDate)) : MAX_ISO_DATE;
  const dated = (roadmap.phases ?? []).filter((phase) => phase.when !== undefined);
  const projected: ProjectedRelease[] = [];
  const cadences = (roadmap.cadences ?? []).map((cadence, cadenceIndex): CadenceSummary => {
    const kind = getCadenceKind(cadence);
    const every = cadence.every;
    if (!every || !(every.count >= 1) || !Object.hasOwn(STEP, every.unit)) return { cadence, cadenceIndex, kind, isProjected: false, projectedCount: 0 };
    const anchor = findAnchor(dated, kind, today);
    const start = parseIsoDate(anchor.date);
    let projectedCount = 0;
    for (let step = firstStepNear(anchor.date, today, every); ; step += 1) {
      const next = STEP[every.unit](start, step * every.count);
      // A period of 100,000 years leaves the range of `Date` itself: nothing more to project.
      if (!isValid(next)) break;
      const date = toIsoDate(next);
      if (compareIsoDates(date, horizon) > 0) break;
      if (compareIsoDates(date, today) < 0) continue;
      projected.push({ id: `projected-${cadenceIndex}-${step}`, date, cadence, cadenceIndex, kind, anchor });
      projectedCount += 1;
    }
    return { cadence, cadenceIndex, kind, isProjected: true, anchor, projectedCount };
  });
  projected.sort((a, b) => compareIsoDates(a.date, b.date) || a.cadenceIndex - b.cadenceIndex);
  return { projected, cadences };
}
