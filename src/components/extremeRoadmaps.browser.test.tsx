import { cleanup, render } from '@testing-library/react';
import fc from 'fast-check';
import type { ReactElement } from 'react';
import { BROKEN_NUMBER, extremeDate, extremeMetric, extremePhase, extremeRoadmap, sameDayReleases } from '../test-utils/extremeRoadmaps.js';
import { MetricGauge } from './MetricGauge/MetricGauge.js';
import { PhaseCard } from './PhaseCard/PhaseCard.js';
import { ReleaseCalendar } from './ReleaseCalendar/ReleaseCalendar.js';
import { RoadmapView } from './RoadmapView/RoadmapView.js';
import { Timeline } from './Timeline/Timeline.js';

// Issue #14 in Chromium: the same extreme valid roadmaps as the server test, mounted with effects,
// layout and the stylesheet. No throw, no console error (failOnConsole), a bounded render, no NaN or
// Infinity in the DOM. Fewer runs than on the server: a mount costs more.
const RENDER_BOUND_MS = 5_000;
const BUSY_DAY_BOUND_MS = 30_000;
const RUNS = { numRuns: 8, interruptAfterTimeLimit: 30_000 };
const PROPERTY_TIMEOUT_MS = 60_000;

function mountChecked(node: ReactElement, boundMs = RENDER_BOUND_MS): HTMLElement {
  const started = performance.now();
  const { container } = render(node);
  expect(performance.now() - started).toBeLessThan(boundMs);
  expect(container.innerHTML.match(BROKEN_NUMBER)?.[0]).toBeUndefined();
  return container;
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

  it('mounts 5,000 releases on one day in every component', () => {
    const roadmap = sameDayReleases();
    eachRun(() => expect(mountChecked(<Timeline roadmap={roadmap} now="2026-03-15" orientation="horizontal" />, BUSY_DAY_BOUND_MS).querySelector('[aria-setsize="5000"]')).not.toBeNull());
    eachRun(() => expect(mountChecked(<ReleaseCalendar roadmap={roadmap} now="2026-03-15" showProjected />, BUSY_DAY_BOUND_MS).textContent).toContain('Release 4999'));
    eachRun(() => mountChecked(<PhaseCard phase={roadmap.phases[4_999]!} now="2026-03-15" />));
    eachRun(() => expect(mountChecked(<RoadmapView roadmap={roadmap} now="2026-03-15" />, BUSY_DAY_BOUND_MS).textContent).toContain('Release 4999'));
  }, 4 * BUSY_DAY_BOUND_MS);
});
