import { render, screen } from '@testing-library/react';
import type { ReactElement, RefObject } from 'react';
import { createRef } from 'react';
import { EXAMPLE_NOW } from '../examples/exampleNow.js';
import { releasesByQuarter } from '../examples/releasesByQuarter.js';
import type { Metric, Phase, Roadmap } from '../model/types.js';
import { MetricGauge } from './MetricGauge/MetricGauge.js';
import { PhaseCard } from './PhaseCard/PhaseCard.js';
import { ReleaseCalendar } from './ReleaseCalendar/ReleaseCalendar.js';
import { RoadmapView } from './RoadmapView/RoadmapView.js';
import { Timeline } from './Timeline/Timeline.js';

const metric: Metric = { id: 'latency', label: 'p95 latency', target: 100, comparator: 'lt', unit: 'ms', current: 87 };
const phase: Phase = releasesByQuarter.phases.find((candidate) => candidate.metrics.length > 0) ?? releasesByQuarter.phases[0]!;
// Wrong on purpose, as a host's untyped JSON can be.
const badRoadmap = { title: 'Broken', phases: [{ title: 'Beta', status: 'soon' }] } as unknown as Roadmap;
const badPhase = { title: 'Beta', status: 'soon' } as unknown as Phase;
const badMetric = { label: 'Latency', target: 'fast' } as unknown as Metric;

type Case = [name: string, draw: (props: { ref: RefObject<HTMLElement | null>; unstyled?: boolean; valid: boolean }) => ReactElement];

// Every public component that takes a model, drawn with a valid and an invalid one.
const cases: Case[] = [
  ['Timeline', ({ ref, unstyled, valid }) => <Timeline ref={ref as RefObject<HTMLDivElement>} roadmap={valid ? releasesByQuarter : badRoadmap} now={EXAMPLE_NOW} orientation="horizontal" unstyled={unstyled} />],
  ['PhaseCard', ({ ref, unstyled, valid }) => <PhaseCard ref={ref} phase={valid ? phase : badPhase} now={EXAMPLE_NOW} unstyled={unstyled} />],
  ['MetricGauge', ({ ref, unstyled, valid }) => <MetricGauge ref={ref as RefObject<HTMLDivElement>} metric={valid ? metric : badMetric} variant="radial" unstyled={unstyled} />],
  ['ReleaseCalendar', ({ ref, unstyled, valid }) => <ReleaseCalendar ref={ref as RefObject<HTMLDivElement>} roadmap={valid ? releasesByQuarter : badRoadmap} now={EXAMPLE_NOW} showProjected unstyled={unstyled} />],
  ['RoadmapView', ({ ref, unstyled, valid }) => <RoadmapView ref={ref} roadmap={valid ? releasesByQuarter : badRoadmap} now={EXAMPLE_NOW} unstyled={unstyled} />],
  ['RoadmapView as a table', ({ ref, unstyled, valid }) => <RoadmapView ref={ref} roadmap={valid ? releasesByQuarter : badRoadmap} now={EXAMPLE_NOW} defaultLayout="table" unstyled={unstyled} />],
];

/** Every class in the rendered tree that comes from roadmap-kit's stylesheet. */
function kitClasses(container: HTMLElement): string[] {
  const found = new Set<string>();
  for (const element of [container, ...container.querySelectorAll('*')]) {
    for (const name of element.classList) if (name.startsWith('rk-')) found.add(name);
  }
  return [...found];
}

describe.each(cases)('%s at its edge', (_name, draw) => {
  it('gives its ref the issue list it shows for invalid input', () => {
    const ref = createRef<HTMLElement>();
    render(draw({ ref, valid: false }));
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(/could not be shown/);
    expect(ref.current).toBe(alert);
  });

  it('gives its ref its root for valid input', () => {
    const ref = createRef<HTMLElement>();
    const { container } = render(draw({ ref, valid: true }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(ref.current).toBe(container.firstElementChild);
  });

  it.each([true, false])('renders no rk- class with unstyled (valid input: %s), and keeps the data-slot hooks', (valid) => {
    const { container } = render(draw({ ref: createRef(), unstyled: true, valid }));
    expect(container.querySelector('[data-slot]')).not.toBeNull();
    expect(kitClasses(container)).toEqual([]);
  });

  it('renders its rk- classes without unstyled', () => {
    const { container } = render(draw({ ref: createRef(), valid: true }));
    expect(kitClasses(container).length).toBeGreaterThan(0);
  });
});
