import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { de } from 'date-fns/locale/de';
import { createRef } from 'react';
import { generateLongPhase } from '../../examples/generateLongPhase.js';
import { milestonesWithMetrics } from '../../examples/milestonesWithMetrics.js';
import { numberedPhases } from '../../examples/numberedPhases.js';
import { releasesByQuarter } from '../../examples/releasesByQuarter.js';
import type { Phase } from '../../model/types.js';
import { RoadmapThemeProvider } from '../../theme/RoadmapThemeProvider.js';
import { PhaseCard } from './PhaseCard.js';

const funnels = releasesByQuarter.phases[1]!;
const beta = numberedPhases.phases[1]!;

describe('PhaseCard', () => {
  it('shows version and title as a heading, the status, the dates and the progress', () => {
    render(<PhaseCard phase={funnels} />);
    const card = screen.getByRole('article', { name: 'v2.1.0 Funnels & Journeys' });
    expect(within(card).getByRole('heading', { level: 3, name: 'v2.1.0 Funnels & Journeys' })).toBeInTheDocument();
    expect(card).toHaveAttribute('data-status', 'in-progress');
    expect(within(card).getByText('In progress')).toBeInTheDocument();
    expect(within(card).getByText('Q1 2026')).toBeInTheDocument();
    const bar = within(card).getByRole('progressbar', { name: 'Progress of v2.1.0 Funnels & Journeys' });
    expect(bar).toHaveAttribute('aria-valuenow', '1');
    expect(bar).toHaveAttribute('aria-valuemin', '0');
    expect(bar).toHaveAttribute('aria-valuemax', '4');
    expect(bar).toHaveAttribute('aria-valuetext', '1 of 4 done');
    expect(within(card).getByText('1 of 4 done')).toBeInTheDocument();
  });

  it('writes dates in the locale at the precision they were written', () => {
    const { rerender } = render(<PhaseCard phase={milestonesWithMetrics.phases[3]!} />);
    expect(screen.getByText('9 Feb 2026')).toBeInTheDocument();
    rerender(<PhaseCard phase={milestonesWithMetrics.phases[4]!} locale={de} />);
    expect(screen.getByText('Mär 2026')).toBeInTheDocument();
    rerender(<PhaseCard phase={milestonesWithMetrics.phases[0]!} />);
    expect(screen.getByText('Week 1')).toBeInTheDocument();
  });

  it('takes its heading level from headingLevel, groups one below', () => {
    render(<PhaseCard phase={funnels} headingLevel={2} />);
    expect(screen.getByRole('heading', { level: 2, name: 'v2.1.0 Funnels & Journeys' })).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual(['Funnels 3 items', 'Journeys 2 items', 'Success metrics']);
  });

  it('lists items with a status icon that has a text alternative, and their details', () => {
    render(<PhaseCard phase={funnels} />);
    const toggle = screen.getByRole('button', { name: 'Funnels 3 items' });
    const funnelsPanel = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    const items = within(funnelsPanel).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      '✓Funnel builderDrag-and-drop steps with conversion windows',
      '◐BreakdownsSplit any funnel by property or cohort',
      '○Conversion alertsNotify when a step drops below a threshold',
    ]);
    expect(within(items[0]!).getByRole('img', { name: 'Done' })).toHaveTextContent('✓');
    expect(within(items[1]!).getByRole('img', { name: 'In progress' })).toBeInTheDocument();
    expect(items[2]).toHaveAttribute('data-status', 'planned');
  });

  it('links safe hrefs, and refuses a phase with an unsafe one', () => {
    const helm = { id: 'helm', title: 'Helm chart', status: 'done' as const, href: 'https://example.com/helm' };
    const phase: Phase = { ...funnels, groups: [{ title: 'Links', items: [helm] }] };
    const { rerender } = render(<PhaseCard phase={phase} />);
    expect(screen.getByRole('link', { name: 'Helm chart' })).toHaveAttribute('href', 'https://example.com/helm');
    const sneaky = { id: 'sneaky', title: 'Sneaky', status: 'done' as const, href: 'javascript:alert(1)' };
    rerender(<PhaseCard phase={{ ...phase, groups: [{ title: 'Links', items: [helm, sneaky] }] }} />);
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('groups[0].items[1].href: "javascript:alert(1)" is not a safe link');
  });

  it('says "No items" instead of a bar when nothing is in scope', () => {
    const phase: Phase = { ...funnels, groups: [{ items: [{ id: 'x', title: 'Dropped idea', status: 'cancelled' }] }], metrics: [] };
    render(<PhaseCard phase={phase} />);
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(screen.getByText('No items')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Items 1 item' })).toHaveAttribute('aria-expanded', 'true');
  });

  it("shows the phase's metrics as compact gauges", () => {
    render(<PhaseCard phase={beta} />);
    const metrics = screen.getByRole('heading', { name: 'Success metrics' }).parentElement!;
    expect(within(metrics).getAllByRole('meter').map((meter) => meter.getAttribute('aria-valuetext'))).toEqual([
      '3.8 ms, meets the target of < 5 ms',
      '0, meets the target of = 0',
      '2, misses the target of ≥ 3',
    ]);
    expect(within(metrics).getAllByRole('meter')[0]).toHaveAttribute('data-variant', 'compact');
  });

  describe.each(['ltr', 'rtl'] as const)('keyboard (%s)', (dir) => {
    it('collapses and expands a group with Enter and Space', async () => {
      const user = userEvent.setup();
      render(
        <div dir={dir}>
          <PhaseCard phase={funnels} />
        </div>,
      );
      const toggle = screen.getByRole('button', { name: 'Funnels 3 items' });
      await user.tab();
      expect(toggle).toHaveFocus();
      await user.keyboard('{Enter}');
      expect(toggle).toHaveAttribute('aria-expanded', 'false');
      expect(screen.queryByText('Funnel builder')).not.toBeInTheDocument();
      await user.keyboard(' ');
      expect(toggle).toHaveAttribute('aria-expanded', 'true');
      expect(screen.getByText('Funnel builder')).toBeVisible();
      await user.tab();
      expect(screen.getByRole('button', { name: 'Journeys 2 items' })).toHaveFocus();
    });
  });

  it('opens the first three groups of a 200-item phase and shows the others collapsed with their count', () => {
    render(<PhaseCard phase={generateLongPhase(200)} />);
    const toggles = screen.getAllByRole('button', { name: /items$/ });
    expect(toggles).toHaveLength(10);
    expect(toggles.map((toggle) => toggle.getAttribute('aria-expanded'))).toEqual(['true', 'true', 'true', 'false', 'false', 'false', 'false', 'false', 'false', 'false']);
    expect(toggles[3]).toHaveAccessibleName('Dashboards 20 items');
    // Each open group of 20 shows its first five and a "Show all 20" (issue 12).
    expect(screen.getAllByRole('listitem')).toHaveLength(15);
    expect(screen.getAllByRole('button', { name: 'Show all 20' })).toHaveLength(3);
  });

  it('follows defaultOpen, and open with onOpenChange', async () => {
    const user = userEvent.setup();
    const onOpenChange = vi.fn();
    const { rerender } = render(<PhaseCard phase={funnels} defaultOpen={['journeys']} />);
    expect(screen.getByRole('button', { name: 'Funnels 3 items' })).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByRole('button', { name: 'Journeys 2 items' })).toHaveAttribute('aria-expanded', 'true');
    rerender(<PhaseCard key="controlled" phase={funnels} open={[]} onOpenChange={onOpenChange} />);
    await user.click(screen.getByRole('button', { name: 'Funnels 3 items' }));
    expect(onOpenChange).toHaveBeenCalledWith(['funnels']);
    expect(screen.getByRole('button', { name: 'Funnels 3 items' })).toHaveAttribute('aria-expanded', 'false');
  });

  it('filters shown items by status and says when a group has none left', () => {
    const { rerender } = render(<PhaseCard phase={funnels} show="open" />);
    expect(screen.queryByText('Funnel builder')).not.toBeInTheDocument();
    expect(screen.getByText('Journey export')).toBeInTheDocument();
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuetext', '1 of 4 done');
    rerender(<PhaseCard phase={funnels} show="done" />);
    expect(screen.getByRole('button', { name: 'Journeys 0 items' })).toBeInTheDocument();
    expect(screen.getByText('No items match this filter')).toBeInTheDocument();
    rerender(<PhaseCard phase={funnels} show={['deferred', 'planned']} />);
    expect(screen.getAllByRole('listitem', { hidden: false }).map((item) => item.textContent)).toContain('○Conversion alertsNotify when a step drops below a threshold');
  });

  it('renders items through renderItem, with the default content at hand', () => {
    render(
      <PhaseCard
        phase={funnels}
        renderItem={(item, { defaultContent, groupKey }) => (
          <>
            {defaultContent}
            <small>
              {groupKey}/{item.id}
            </small>
          </>
        )}
      />,
    );
    expect(screen.getByText('funnels/funnel-builder')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Planned' })).toBeInTheDocument();
  });

  it('lists what is wrong instead of crashing when the phase is not valid', () => {
    const broken = { id: 'x', title: 'Broken', status: 'almost', groups: [{ items: [{ title: 42 }] }] } as unknown as Phase;
    render(<PhaseCard phase={broken} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('This phase could not be shown');
    expect(within(alert).getAllByRole('listitem').map((item) => item.textContent)).toEqual(expect.arrayContaining([expect.stringMatching(/^status: /), expect.stringMatching(/^groups\[0\]\.items\[0\]\.title: /)]));
    render(<PhaseCard phase={null as unknown as Phase} />);
    expect(screen.getAllByRole('alert')[1]).toHaveTextContent(/is not a phase/);
  });

  it("titles the problems with the host's invalidPhase label, from its prop over a provider's", () => {
    const broken = { id: 'x', title: 'Broken', status: 'almost', groups: [] } as unknown as Phase;
    render(
      <RoadmapThemeProvider labels={{ invalidPhase: () => 'Phase illisible' }}>
        <PhaseCard phase={broken} />
        <PhaseCard phase={broken} labels={{ invalidPhase: () => 'Phase unlesbar' }} />
      </RoadmapThemeProvider>,
    );
    const [fromProvider, fromProp] = screen.getAllByRole('alert');
    expect(within(fromProvider!).getByText('Phase illisible')).toBeInTheDocument();
    expect(within(fromProp!).getByText('Phase unlesbar')).toBeInTheDocument();
    expect(screen.queryByText('This phase could not be shown')).not.toBeInTheDocument();
  });

  it('keeps host attributes, classes and its ref, and drops rk classes when unstyled', () => {
    const ref = createRef<HTMLElement>();
    const { rerender } = render(<PhaseCard ref={ref} phase={funnels} className="mine" classNames={{ item: 'my-item' }} id="funnels-card" />);
    const card = screen.getByRole('article');
    expect(ref.current).toBe(card);
    expect(card).toHaveAttribute('id', 'funnels-card');
    expect(card).toHaveClass('rk-phase-card', 'mine');
    expect(screen.getAllByRole('listitem')[0]).toHaveClass('rk-phase-card__item', 'my-item');
    rerender(<PhaseCard phase={funnels} unstyled />);
    expect(screen.getByRole('article')).not.toHaveClass('rk-phase-card');
    expect(screen.getAllByRole('listitem')[0]).toHaveAttribute('data-slot', 'item');
  });
});
