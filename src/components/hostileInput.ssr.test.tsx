import { renderToString } from 'react-dom/server';
import type { Roadmap } from '../model/types.js';
import { expectBoundedMarkup } from '../test-utils/extremeRoadmaps.js';
import { ReleaseCalendar } from './ReleaseCalendar/ReleaseCalendar.js';
import { RoadmapView } from './RoadmapView/RoadmapView.js';
import { Timeline } from './Timeline/Timeline.js';

// Issue #14's reproducers, each rendered on the server as a host would. Every one hung or threw before.

const farRoadmap: Roadmap = { title: 'T', phases: [{ id: 'a', title: 'a', status: 'planned', when: { start: '2026-01-01', end: '9999-12-31', precision: 'day' }, groups: [], metrics: [] }], metrics: [], cadences: [] };

describe('hostile but valid roadmaps on the server (#14)', () => {
  it('renders a Timeline whose phase ends on 9999-12-31, in both orientations and every zoom', () => {
    for (const orientation of ['vertical', 'horizontal'] as const) {
      for (const zoom of ['month', 'quarter', 'year'] as const) {
        const html = expectBoundedMarkup(() => renderToString(<Timeline now="2026-03-01" roadmap={farRoadmap} orientation={orientation} zoom={zoom} />));
        expect(html).toContain('aria-label="T timeline"');
        // The axis stays under its tick cap (1,000) instead of 95,000 month ticks.
        if (orientation === 'horizontal') {
          const ticks = html.match(/class="rk-timeline__tick"/g)?.length ?? 0;
          expect(ticks).toBeGreaterThan(0);
          expect(ticks).toBeLessThanOrEqual(1_000);
        }
      }
    }
  });

  it('renders a ReleaseCalendar on the last supported day, and its year view', () => {
    const roadmap: Roadmap = { ...farRoadmap, cadences: [{ label: 'Monthly', every: { count: 1, unit: 'month' } }] };
    const month = renderToString(<ReleaseCalendar roadmap={roadmap} now="9999-12-31" showProjected />);
    expect(month).toContain('December 9999');
    expect(month).toContain('data-date="10000-01-01"');
    expect(renderToString(<ReleaseCalendar roadmap={roadmap} now="9999-12-31" defaultView="year" />)).toContain('9999');
  });

  it('renders projected releases of a cadence every 100,000 years without throwing', () => {
    const roadmap: Roadmap = { ...farRoadmap, cadences: [{ label: 'Eons', every: { count: 100_000, unit: 'year' } }] };
    expect(renderToString(<ReleaseCalendar roadmap={roadmap} now="2026-03-01" showProjected />)).toContain('March 2026');
  });

  it('shows the issue list, not a RangeError or a TypeError, for a top-level "__proto__": { "updated": "yesterday" }', () => {
    const roadmap = JSON.parse('{"title":"T","__proto__":{"updated":"yesterday"},"phases":[{"title":"a","when":{"start":"2026-01-01","end":"2026-02-01"}}]}') as Roadmap;
    const issue = '__proto__: &quot;__proto__&quot; is not allowed as a key';
    expect(renderToString(<RoadmapView roadmap={roadmap} now="2026-03-01" />)).toContain(issue);
    expect(renderToString(<Timeline roadmap={roadmap} now="2026-03-01" orientation="horizontal" />)).toContain(issue);
  });
});
