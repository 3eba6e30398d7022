import type { Phase, Roadmap, Status } from '../model/types.js';

const STATUS_CYCLE: Status[] = ['done', 'done', 'in-progress', 'planned', 'planned', 'deferred', 'cancelled'];

function isoDay(dayNumber: number): string {
  // Day arithmetic in UTC so the output is the same in every time zone.
  return new Date(Date.UTC(2020, 0, 1) + dayNumber * 86_400_000).toISOString().slice(0, 10);
}

/**
 * A deterministic roadmap of `count` phases for stories and benchmarks: each phase spans 3–40 days,
 * overlapping its neighbours, with `itemsPerPhase` items in one group; every 25th phase is undated.
 */
export function generateRoadmap(count: number, itemsPerPhase = 3): Roadmap {
  const phases: Phase[] = [];
  for (let index = 0; index < count; index += 1) {
    const start = index * 7;
    const length = 3 + ((index * 37) % 38);
    const dated = index % 25 !== 24;
    const phase: Phase = {
      id: `phase-${index + 1}`,
      title: `Release train ${index + 1}`,
      version: `v${Math.floor(index / 10) + 1}.${index % 10}.0`,
      status: STATUS_CYCLE[index % STATUS_CYCLE.length]!,
      groups: [
        {
          items: Array.from({ length: itemsPerPhase }, (_, item) => ({
            id: `phase-${index + 1}-item-${item + 1}`,
            title: `Deliverable ${item + 1} of train ${index + 1}`,
            status: STATUS_CYCLE[(index + item) % STATUS_CYCLE.length]!,
          })),
        },
      ],
      metrics: [],
    };
    if (dated) phase.when = { start: isoDay(start), end: isoDay(start + length), precision: 'day' };
    phases.push(phase);
  }
  return { title: `Generated roadmap of ${count} phases`, phases, metrics: [], cadences: [] };
}
