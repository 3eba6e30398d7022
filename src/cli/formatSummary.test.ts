import type { Roadmap } from '../model/types.js';
import { formatSummary, formatTarget } from './formatSummary.js';

describe('formatSummary', () => {
  it('shows each phase with dates, status, progress and counts', () => {
    const roadmap: Roadmap = {
      title: 'R',
      updated: '2026-02-04',
      phases: [
        {
          id: 'now',
          title: 'Now',
          status: 'in-progress',
          timeframe: 'Now',
          groups: [{ items: [{ id: 'a', title: 'A', status: 'done' }, { id: 'b', title: 'B', status: 'cancelled' }] }],
          metrics: [{ id: 'm', label: 'uptime', target: 99.9, comparator: 'gte', unit: '%', current: 99.5 }],
        },
      ],
      metrics: [],
      cadences: [{ label: 'Patch releases' }],
    };
    expect(formatSummary(roadmap)).toEqual(
      ['R', 'Updated 2026-02-04', '', 'Phases (1)', '  Now', '    Now · in-progress · 1/1 done · 2 items · 1 metric', '      metric uptime: ≥ 99.9% (current 99.5)', '', 'Metrics (0)', '', 'Cadences (1)', '  Patch releases: no fixed period', ''].join('\n'),
    );
  });

  it('writes targets with their comparator and unit', () => {
    expect(formatTarget({ id: 'x', label: 'x', target: 100, comparator: 'lt', unit: 'ms' })).toEqual('< 100 ms');
  });
});
