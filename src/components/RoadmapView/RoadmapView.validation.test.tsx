import { render, screen } from '@testing-library/react';
import { EXAMPLE_NOW } from '../../examples/exampleNow.js';
import { releasesByQuarter } from '../../examples/releasesByQuarter.js';
import * as validatePhaseModule from '../../model/validatePhase.js';
import * as validateRoadmapModule from '../../model/validateRoadmap.js';
import * as validateMetricModule from '../../model/validateMetric.js';
import { MetricGauge } from '../MetricGauge/MetricGauge.js';
import { PhaseCard } from '../PhaseCard/PhaseCard.js';
import { ReleaseCalendar } from '../ReleaseCalendar/ReleaseCalendar.js';
import { Timeline } from '../Timeline/Timeline.js';
import { RoadmapView } from './RoadmapView.js';

// Spies on the module exports every component imports, so each validation of the render is counted.
// The unit suites share a module cache (isolate: false), so the components are loaded afresh for these
// mocks to reach them, and loaded afresh again afterwards so no later suite gets the spied copies.
vi.hoisted(() => vi.resetModules());
afterAll(() => {
  for (const path of ['../../model/validateRoadmap.js', '../../model/validatePhase.js', '../../model/validateMetric.js']) vi.doUnmock(path);
  vi.resetModules();
});
vi.mock('../../model/validateRoadmap.js', async (load) => {
  const actual = await load<typeof import('../../model/validateRoadmap.js')>();
  return { ...actual, validateRoadmap: vi.fn(actual.validateRoadmap) };
});
vi.mock('../../model/validatePhase.js', async (load) => {
  const actual = await load<typeof import('../../model/validatePhase.js')>();
  return { ...actual, validatePhase: vi.fn(actual.validatePhase) };
});
vi.mock('../../model/validateMetric.js', async (load) => {
  const actual = await load<typeof import('../../model/validateMetric.js')>();
  return { ...actual, validateMetric: vi.fn(actual.validateMetric) };
});

function validationCounts() {
  return {
    roadmap: vi.mocked(validateRoadmapModule.validateRoadmap).mock.calls.length,
    phase: vi.mocked(validatePhaseModule.validatePhase).mock.calls.length,
    metric: vi.mocked(validateMetricModule.validateMetric).mock.calls.length,
  };
}

describe('RoadmapView validation', () => {
  beforeEach(() => vi.clearAllMocks());

  it('validates its roadmap once, at its edge, and hands the validated parts down', () => {
    render(<RoadmapView roadmap={releasesByQuarter} now={EXAMPLE_NOW} />);
    // The page is whole: every part was drawn from that one validation.
    expect(screen.getByRole('list', { name: `${releasesByQuarter.title} timeline` })).toBeInTheDocument();
    expect(screen.getAllByRole('article').length).toBe(releasesByQuarter.phases.length);
    expect(screen.getByRole('grid')).toBeInTheDocument();
    expect(validationCounts()).toEqual({ roadmap: 1, phase: 0, metric: 0 });
  });

  it('validates a lone component once, with the validator of what it shows: a phase with validatePhase, no made-up roadmap', () => {
    const phase = releasesByQuarter.phases[0]!;
    render(<PhaseCard phase={phase} now={EXAMPLE_NOW} />);
    expect(screen.getByRole('article')).toBeInTheDocument();
    expect(validationCounts()).toEqual({ roadmap: 0, phase: 1, metric: 0 });
    vi.clearAllMocks();
    render(<MetricGauge metric={releasesByQuarter.metrics[0]!} />);
    expect(validationCounts()).toEqual({ roadmap: 0, phase: 0, metric: 1 });
    vi.clearAllMocks();
    render(<Timeline roadmap={releasesByQuarter} now={EXAMPLE_NOW} />);
    render(<ReleaseCalendar roadmap={releasesByQuarter} now={EXAMPLE_NOW} />);
    expect(validationCounts()).toEqual({ roadmap: 2, phase: 0, metric: 0 });
  });

  it('does not validate again when the page re-renders with the same roadmap', () => {
    const { rerender } = render(<RoadmapView roadmap={releasesByQuarter} now={EXAMPLE_NOW} />);
    rerender(<RoadmapView roadmap={releasesByQuarter} now={EXAMPLE_NOW} className="again" />);
    expect(validationCounts()).toEqual({ roadmap: 1, phase: 0, metric: 0 });
  });
});
