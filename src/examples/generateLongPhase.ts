import type { Phase, Status } from '../model/types.js';

const STATUS_CYCLE: Status[] = ['done', 'done', 'in-progress', 'planned', 'planned', 'deferred', 'cancelled'];
const AREAS = ['Ingestion', 'Storage', 'Query engine', 'Dashboards', 'Alerting', 'Access control', 'Billing', 'Integrations', 'Mobile', 'Documentation'];

/**
 * A deterministic phase of `itemCount` items spread over `groupCount` titled groups, for stories,
 * tests and benchmarks of long phases (a 200-item release plan, a 1,000-item backlog).
 */
export function generateLongPhase(itemCount: number, groupCount = 10): Phase {
  const perGroup = Math.ceil(itemCount / groupCount);
  return {
    id: `long-phase-${itemCount}`,
    title: 'Platform Overhaul',
    version: 'v3.0.0',
    status: 'in-progress',
    when: { start: '2026-01-01', end: '2026-06-30', precision: 'quarter', label: 'Q1-Q2 2026' },
    summary: `${itemCount} deliverables across ${groupCount} areas.`,
    groups: Array.from({ length: groupCount }, (_, group) => ({
      title: `${AREAS[group % AREAS.length]}${group >= AREAS.length ? ` ${Math.floor(group / AREAS.length) + 1}` : ''}`,
      items: Array.from({ length: Math.max(0, Math.min(perGroup, itemCount - group * perGroup)) }, (_, index) => {
        const n = group * perGroup + index;
        return { id: `deliverable-${n + 1}`, title: `Deliverable ${n + 1}`, status: STATUS_CYCLE[n % STATUS_CYCLE.length]! };
      }),
    })),
    metrics: [],
  };
}
