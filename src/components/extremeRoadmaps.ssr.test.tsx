import fc from 'fast-check';
import type { ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { validateRoadmap } from '../model/validateRoadmap.js';
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

// Issue #14: every component renders any valid roadmap on the server without a throw, within a
// time bound per render, and with no NaN or Infinity in the markup. fast-check stops a property
// after 30 s, so the suite stays quick whatever the machine.
const RUNS = { numRuns: 25, interruptAfterTimeLimit: 30_000 };

function renderChecked(node: ReactElement, boundMs?: number): string {
  return expectBoundedMarkup(() => renderToString(node), boundMs);
}

describe('every component on extreme valid roadmaps, on the server (#14)', () => {
  it('generates valid roadmaps only, so the properties below test what they claim', () => {
    fc.assert(
      fc.property(extremeRoadmap, (roadmap) => {
        expect(validateRoadmap(roadmap).ok).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('Timeline: any orientation and zoom, any now', () => {
    const options = fc.record({ orientation: fc.constantFrom('horizontal', 'vertical' as const), zoom: fc.constantFrom('month', 'quarter', 'year' as const) });
    fc.assert(
      fc.property(extremeRoadmap, extremeDate, options, (roadmap, now, { orientation, zoom }) => {
        renderChecked(<Timeline roadmap={roadmap} now={now} orientation={orientation} zoom={zoom} />);
      }),
      RUNS,
    );
  }, PROPERTY_TIMEOUT_MS);

  it('ReleaseCalendar: any view, projected releases shown, any now', () => {
    fc.assert(
      fc.property(extremeRoadmap, extremeDate, fc.constantFrom('month', 'quarter', 'year' as const), (roadmap, now, view) => {
        renderChecked(<ReleaseCalendar roadmap={roadmap} now={now} view={view} showProjected />);
      }),
      RUNS,
    );
  }, PROPERTY_TIMEOUT_MS);

  it('PhaseCard: any phase', () => {
    fc.assert(
      fc.property(extremePhase, extremeDate, (phase, now) => {
        renderChecked(<PhaseCard phase={phase} now={now} />);
      }),
      RUNS,
    );
  }, PROPERTY_TIMEOUT_MS);

  it('MetricGauge: any metric, every variant', () => {
    fc.assert(
      fc.property(extremeMetric, fc.constantFrom('radial', 'linear', 'compact' as const), (metric, variant) => {
        renderChecked(<MetricGauge metric={metric} variant={variant} />);
      }),
      { ...RUNS, numRuns: 60 },
    );
  }, PROPERTY_TIMEOUT_MS);

  it('RoadmapView: any roadmap, page and table layouts', () => {
    fc.assert(
      fc.property(extremeRoadmap, extremeDate, fc.constantFrom('page', 'table' as const), (roadmap, now, layout) => {
        renderChecked(<RoadmapView roadmap={roadmap} now={now} layout={layout} />);
      }),
      RUNS,
    );
  }, PROPERTY_TIMEOUT_MS);

  it('renders 5,000 releases on one day in every component', () => {
    const roadmap = sameDayReleases();
    expect(renderChecked(<Timeline roadmap={roadmap} now="2026-03-15" orientation="horizontal" />, BUSY_DAY_BOUND_MS)).toContain('aria-setsize="5000"');
    expect(renderChecked(<ReleaseCalendar roadmap={roadmap} now="2026-03-15" showProjected />, BUSY_DAY_BOUND_MS)).toContain('Release 4999');
    renderChecked(<PhaseCard phase={roadmap.phases[4_999]!} now="2026-03-15" />);
    expect(renderChecked(<RoadmapView roadmap={roadmap} now="2026-03-15" />, BUSY_DAY_BOUND_MS)).toContain('Release 4999');
  }, 4 * BUSY_DAY_BOUND_MS);
});
