import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EXAMPLE_NOW } from '../../examples/exampleNow.js';
import { releasesByQuarter } from '../../examples/releasesByQuarter.js';
import type { RoadmapLabels } from '../../i18n/labels.js';
import type { Roadmap } from '../../model/types.js';
import { RoadmapThemeProvider } from '../../theme/RoadmapThemeProvider.js';
import { RoadmapView } from './RoadmapView.js';

/** Row headers of the phases table (the metrics table has its own). */
function phaseRows() {
  return within(screen.getByRole('table', { name: 'Lumen Analytics Roadmap' })).getAllByRole('rowheader');
}

describe('RoadmapView', () => {
  it("hands a host's labels, from its prop or a provider, to every component it renders", () => {
    // Each component has only its own defaults: the host's words must still reach the ones RoadmapView draws.
    const labels: Partial<RoadmapLabels> = {
      sectionTitle: (section) => `Section ${section}`,
      timeline: (title) => `Frise : ${title}`,
      metricsHeading: () => 'Indicateurs',
      metricTarget: (target) => `Cible ${target}`,
      cadenceLegend: () => 'Rythmes de publication',
    };
    for (const tree of [
      <RoadmapView key="prop" roadmap={releasesByQuarter} now={EXAMPLE_NOW} labels={labels} />,
      <RoadmapThemeProvider key="provider" labels={labels}>
        <RoadmapView roadmap={releasesByQuarter} now={EXAMPLE_NOW} />
      </RoadmapThemeProvider>,
    ]) {
      const { unmount } = render(tree);
      expect(screen.getByRole('heading', { name: 'Section timeline' })).toBeInTheDocument();
      expect(screen.getByRole('list', { name: 'Frise : Lumen Analytics Roadmap' })).toBeInTheDocument();
      expect(screen.getAllByRole('heading', { name: 'Indicateurs' })).toHaveLength(1);
      expect(screen.getByText('Cible < 2 s')).toBeInTheDocument();
      expect(screen.getByText('Cible ≥ 100,000 req/s')).toBeInTheDocument();
      expect(screen.getByText('Rythmes de publication')).toBeInTheDocument();
      expect(screen.queryByText('Release cadences')).not.toBeInTheDocument();
      unmount();
    }
    // Two whole pages in jsdom: seconds on a loaded machine.
  }, 20_000);

  it('heads the page with the title, last update and overall progress', () => {
    render(<RoadmapView roadmap={releasesByQuarter} now={EXAMPLE_NOW} />);
    expect(screen.getByRole('region', { name: 'Lumen Analytics Roadmap' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Lumen Analytics Roadmap' })).toBeInTheDocument();
    expect(screen.getByText('Updated 1 Mar 2026')).toHaveAttribute('datetime', '2026-03-01');
    const progress = screen.getByRole('progressbar', { name: 'Overall progress' });
    expect(progress).toHaveAttribute('aria-valuenow', '33');
    expect(progress).toHaveAttribute('aria-valuetext', '6 of 18 done');
  });

  it('shows the whole roadmap as a data table with a row per phase', async () => {
    const user = userEvent.setup();
    render(<RoadmapView roadmap={releasesByQuarter} now={EXAMPLE_NOW} />);
    await user.click(screen.getByRole('button', { name: 'Table' }));
    expect(screen.getByRole('button', { name: 'Table' })).toHaveAttribute('aria-pressed', 'true');
    const table = screen.getByRole('table', { name: 'Lumen Analytics Roadmap' });
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Phase', 'Version', 'Dates', 'Status', 'Progress', 'Items']);
    const row = within(table).getByRole('row', { name: /Funnels & Journeys/ });
    expect(within(row).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      'v2.1.0',
      'Q1 2026',
      '◐In progress',
      '1 of 4 done',
      'Funnel builder — DoneBreakdowns — In progressConversion alerts — PlannedPath explorer — In progressJourney export — Deferred',
    ]);
    expect(within(table).getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual([
      'Foundations',
      'Funnels & Journeys',
      'Experiments',
      'Warehouse Sync',
      'Lumen Cloud',
    ]);
  });

  it('narrows every part with the search and status filter, and announces the count', async () => {
    const user = userEvent.setup();
    render(<RoadmapView roadmap={releasesByQuarter} now={EXAMPLE_NOW} defaultLayout="table" />);
    await user.type(screen.getByRole('searchbox', { name: 'Search the roadmap' }), 'sync');
    expect(phaseRows().map((cell) => cell.textContent)).toEqual(['Warehouse Sync']);
    expect(screen.getByText('1 of 5 phases shown')).toHaveAttribute('aria-live', 'polite');
    await user.clear(screen.getByRole('searchbox', { name: 'Search the roadmap' }));
    await user.click(screen.getByRole('checkbox', { name: /Deferred/ }));
    expect(phaseRows().map((cell) => cell.textContent)).toEqual(['Funnels & Journeys']);
    await user.click(screen.getByRole('checkbox', { name: /Cancelled/ }));
    expect(phaseRows().map((cell) => cell.textContent)).toEqual(['Funnels & Journeys', 'Experiments']);
  });

  it('says so when nothing matches', async () => {
    const user = userEvent.setup();
    render(<RoadmapView roadmap={releasesByQuarter} now={EXAMPLE_NOW} />);
    await user.type(screen.getByRole('searchbox', { name: 'Search the roadmap' }), 'no such thing');
    expect(screen.getByText('No phase matches this filter.')).toBeInTheDocument();
    expect(screen.getByText('0 of 5 phases shown')).toBeInTheDocument();
  });

  it('lets a host hide a part or draw it from the view data', () => {
    render(
      <RoadmapView
        roadmap={releasesByQuarter}
        now={EXAMPLE_NOW}
        parts={{ filters: false, header: (view) => <h2>{`${view.phases.length} releases planned`}</h2> }}
      />,
    );
    expect(screen.getByRole('heading', { name: '5 releases planned' })).toBeInTheDocument();
    expect(screen.queryByRole('searchbox')).not.toBeInTheDocument();
  });

  it('follows a controlled layout and filter', async () => {
    const user = userEvent.setup();
    const onLayoutChange = vi.fn();
    const onFilterChange = vi.fn();
    render(
      <RoadmapView
        roadmap={releasesByQuarter}
        now={EXAMPLE_NOW}
        layout="table"
        onLayoutChange={onLayoutChange}
        filter={{ statuses: ['done'] }}
        onFilterChange={onFilterChange}
      />,
    );
    expect(phaseRows().map((cell) => cell.textContent)).toEqual(['Foundations', 'Funnels & Journeys']);
    await user.click(screen.getByRole('button', { name: 'Cards' }));
    expect(onLayoutChange).toHaveBeenCalledWith('page');
    expect(screen.getByRole('table', { name: 'Lumen Analytics Roadmap' })).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: /Planned/ }));
    expect(onFilterChange).toHaveBeenCalledWith({ statuses: ['done', 'planned'] });
  });

  it('lists the problems of an invalid roadmap instead of crashing', () => {
    const broken = { title: 'Broken', phases: [{ title: 'P', when: { start: '2026-13-01', end: '2026-12-31', precision: 'day' } }] } as unknown as Roadmap;
    render(<RoadmapView roadmap={broken} now={EXAMPLE_NOW} />);
    expect(screen.getByRole('alert')).toHaveTextContent('phases[0].when.start: "2026-13-01" is not a date (expected YYYY-MM-DD)');
  });
});

describe('RoadmapView page layout', () => {
  it('shows every phase as a card and the roadmap-wide metrics as meters', () => {
    render(<RoadmapView roadmap={releasesByQuarter} now={EXAMPLE_NOW} />);
    const phases = screen.getByRole('region', { name: 'Phases' });
    expect(within(phases).getAllByRole('heading', { level: 4 }).map((heading) => heading.textContent)).toEqual([
      'v2.0.0 Foundations',
      'v2.1.0 Funnels & Journeys',
      'v2.2.0 Experiments',
      'v2.3.0 Warehouse Sync',
      'v3.0.0 Lumen Cloud',
    ]);
    const metrics = screen.getByRole('region', { name: 'Success metrics' });
    expect(within(metrics).getByRole('meter', { name: /p95 dashboard load/ })).toHaveAttribute('aria-valuenow', '640');
    // A target without a measured value is a row of text, not an empty meter (issue 12).
    expect(within(metrics).queryByRole('group', { name: /uptime of Lumen Cloud/ })).toBeNull();
    const targets = within(metrics).getByRole('table', { name: 'Targets without a measured value' });
    expect(within(targets).getByRole('row', { name: /uptime of Lumen Cloud/ })).toHaveTextContent('uptime of Lumen Cloudat least 99.9%Whole roadmap');
  });

  it('puts every phase on the timeline as one ordered list in time order', () => {
    render(<RoadmapView roadmap={releasesByQuarter} now={EXAMPLE_NOW} />);
    const timeline = screen.getByRole('region', { name: 'Timeline' });
    const list = within(timeline).getAllByRole('list').find((element) => element.tagName === 'OL')!;
    expect(within(list).getAllByRole('listitem')).toHaveLength(5);
  });

  it('lists the metrics in a second table in the table layout', () => {
    render(<RoadmapView roadmap={releasesByQuarter} now={EXAMPLE_NOW} defaultLayout="table" />);
    const table = screen.getByRole('table', { name: 'Success metrics' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => [...row.children].map((cell) => cell.textContent))).toEqual([
      ['events ingested per second', '≥ 100,000 req/s', '82,000 req/s', 'Target not met'],
      ['p95 dashboard load', '< 800 ms', '640 ms', 'Target met'],
      ['uptime of Lumen Cloud', '≥ 99.9%', 'No data yet', 'No data yet'],
      ['GitHub stars', '≥ 10,000', '7,420', 'Target not met'],
    ]);
  });
});
