import { render, screen } from '@testing-library/react';
import { EXAMPLE_NOW } from '../examples/exampleNow.js';
import { releasesByQuarter } from '../examples/releasesByQuarter.js';
import type { Roadmap } from '../model/types.js';
import { PhaseCard } from './PhaseCard/PhaseCard.js';
import { RoadmapView } from './RoadmapView/RoadmapView.js';
import { Timeline } from './Timeline/Timeline.js';

// One dated phase and one undated, so the Timeline has its "Unscheduled" heading.
const roadmap: Roadmap = {
  title: 'Levels',
  phases: [
    { id: 'a', title: 'Alpha', status: 'done', when: { start: '2026-01-01', end: '2026-03-31', precision: 'quarter' }, groups: [{ title: 'Core', items: [{ id: 'x', title: 'Sync', status: 'done' }] }], metrics: [] },
    { id: 'b', title: 'Beta', status: 'planned', groups: [], metrics: [] },
  ],
  metrics: [],
  cadences: [],
};

describe('headingLevel, one range (1–6) on every component: the level of its own top heading', () => {
  it.each([1, 6] as const)('Timeline puts "Unscheduled" at level %i', (level) => {
    render(<Timeline roadmap={roadmap} now={EXAMPLE_NOW} orientation="vertical" headingLevel={level} />);
    expect(screen.getByRole('heading', { name: 'Unscheduled', level })).toBeInTheDocument();
  });

  it.each([
    [1, 2],
    [6, 6],
  ] as const)('PhaseCard at level %i puts its groups at level %i', (level, groupLevel) => {
    render(<PhaseCard phase={roadmap.phases[0]!} now={EXAMPLE_NOW} headingLevel={level} />);
    expect(screen.getByRole('heading', { name: 'Alpha', level })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /Core/, level: groupLevel })).toBeInTheDocument();
  });

  it.each([
    [1, 2, 3],
    [6, 6, 6],
  ] as const)('RoadmapView at level %i puts sections at %i and cards at %i', (level, sectionLevel, cardLevel) => {
    render(<RoadmapView roadmap={releasesByQuarter} now={EXAMPLE_NOW} headingLevel={level} />);
    expect(screen.getByRole('heading', { name: releasesByQuarter.title, level })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Phases', level: sectionLevel })).toBeInTheDocument();
    expect(screen.getAllByRole('article')[0]).toContainElement(screen.getAllByRole('heading', { level: cardLevel }).find((heading) => heading.closest('article'))!);
  });
});
