import { cleanup, render } from '@testing-library/react';
import fc from 'fast-check';
import type { ReactElement } from 'react';
import {
  BUSY_DAY_BOUND_MS,
  expectBoundedMarkup,
  extremeDate,
  extremeMetric,
  extremePhase,
  extremeRoadmap,
  PROPERTY_TIMEOUT_MS,
  sameDayReleases,
} from '../test-utils/extremeRoadmaps.js';
import { MetricGauge } from './MetricGauge/MetricGauge.js';
import { PhaseCard } from './PhaseCard/PhaseCard.js';
import { ReleaseCalendar } from './ReleaseCalendar/ReleaseCalendar.js';
import { RoadmapView } from './RoadmapView/RoadmapView.js';
import { Timeline } from './Timeline/Timeline.js';

// Issue #14 in Chromium: the same extreme valid roadmaps as the server test, mounted with effects,
// layout and the stylesheet. No throw, no console error (failOnConsole), a bounded render, no NaN or
// Infinity in the DOM. Fewer runs than on the server: a mount costs more.
const RUNS = { numRuns: 8, interruptAfterTimeLimit: 30_000 };

function mountChecked(node: ReactElement, boundMs?: number): string {
  return expectBoundedMarkup(() => render(node).container.innerHTML, boundMs);
}

/** One mount per run: unmounted before the next, so runs do not pile up in the page. */
function eachRun(check: () => void): void {
  try {
    check();
  } finally {
    cleanup();
  }
}

describe('every component on extreme valid roadmaps, in Chromium (#14)', () => {
  it('Timeline: any orientation and zoom, any now', () => {
    const options = fc.record({ orientation: fc.constantFrom('horizontal', 'vertical' as const), zoom: fc.constantFrom('month', 'quarter', 'year' as const) });
    fc.assert(
      fc.property(extremeRoadmap, extremeDate, options, (roadmap, now, { orientation, zoom }) =>
        eachRun(() => mountChecked(<Timeline roadmap={roadmap} now={now} orientation={orientation} zoom={zoom} />)),
      ),
      RUNS,
    );
  }, PROPERTY_TIMEOUT_MS);

  it('ReleaseCalendar: any view, projected releases shown, any now', () => {
    fc.assert(
      fc.property(extremeRoadmap, extremeDate, fc.constantFrom('month', 'quarter', 'year' as const), (roadmap, now, view) =>
        eachRun(() => mountChecked(<ReleaseCalendar roadmap={roadmap} now={now} view={view} showProjected />)),
      ),
      RUNS,
    );
  }, PROPERTY_TIMEOUT_MS);

  it('PhaseCard: any phase', () => {
    fc.assert(fc.property(extremePhase, extremeDate, (phase, now) => eachRun(() => mountChecked(<PhaseCard phase={phase} now={now} />))), RUNS);
  }, PROPERTY_TIMEOUT_MS);

  it('MetricGauge: any metric, every variant', () => {
    fc.assert(
      fc.property(extremeMetric, fc.constantFrom('radial', 'linear', 'compact' as const), (metric, variant) =>
        eachRun(() => mountChecked(<MetricGauge metric={metric} variant={variant} />)),
      ),
      { ...RUNS, numRuns: 20 },
    );
  }, PROPERTY_TIMEOUT_MS);

  it('RoadmapView: any roadmap, page and table layouts', () => {
    fc.assert(
      fc.property(extremeRoadmap, extremeDate, fc.constantFrom('page', 'table' as const), (roadmap, now, layout) =>
        eachRun(() => mountChecked(<RoadmapView roadmap={roadmap} now={now} layout={layout} />)),
      ),
      RUNS,
    );
  }, PROPERTY_TIMEOUT_MS);

  it('mounts 5,000 releases on one day in every component (1,000 in RoadmapView)', () => {
    const roadmap = sameDayReleases();
    eachRun(() => expect(mountChecked(<Timeline roadmap={roadmap} now="2026-03-15" orientation="horizontal" />, BUSY_DAY_BOUND_MS)).toContain('aria-setsize="5000"'));
    eachRun(() => expect(mountChecked(<ReleaseCalendar roadmap={roadmap} now="2026-03-15" showProjected />, BUSY_DAY_BOUND_MS)).toContain('Release 4999'));
    eachRun(() => mountChecked(<PhaseCard phase={roadmap.phases[4_999]!} now="2026-03-15" />));
    // RoadmapView lists every release as a card: 5,000 are a 6 MB DOM that takes Chromium tens of
    // seconds on a loaded machine. The server test renders all 5,000; here 1,000 show the same shape.
    const thousand = sameDayReleases('2026-03-15', 1_000);
    eachRun(() => expect(mountChecked(<RoadmapView roadmap={thousand} now="2026-03-15" />, BUSY_DAY_BOUND_MS)).toContain('Release 999'));
  }, 4 * BUSY_DAY_BOUND_MS);
});
