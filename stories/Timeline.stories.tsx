import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { Timeline } from '../src/components/Timeline/Timeline.js';
import { EXAMPLE_NOW } from '../src/examples/exampleNow.js';
import { generateRoadmap } from '../src/examples/generateRoadmap.js';
import { milestonesWithMetrics } from '../src/examples/milestonesWithMetrics.js';
import { numberedPhases } from '../src/examples/numberedPhases.js';
import { releasesByQuarter } from '../src/examples/releasesByQuarter.js';
import type { Roadmap } from '../src/model/types.js';
import { STATUSES } from '../src/model/types.js';

const meta = {
  title: 'Components/Timeline',
  component: Timeline,
  args: { roadmap: releasesByQuarter, now: EXAMPLE_NOW, onSelectPhase: fn(), onZoomChange: fn() },
  argTypes: {
    orientation: { control: 'inline-radio', options: ['horizontal', 'vertical'] },
    position: { control: 'inline-radio', options: ['start', 'alternate'] },
    zoom: { control: 'inline-radio', options: ['month', 'quarter', 'year'] },
  },
} satisfies Meta<typeof Timeline>;

export default meta;
type Story = StoryObj<typeof meta>;

/** No orientation: the list in a box narrower than 40rem, the time axis from there up — a container query, so server and browser draw the same. */
export const ReleasesByQuarter: Story = {};

/** The same timeline in a phone-sized box: the list, every title whole. */
export const NarrowBox: Story = {
  decorators: [(Story) => <div style={{ maxInlineSize: '390px' }}>{Story()}</div>],
  play: async ({ canvasElement }) => {
    await expect(getComputedStyle(canvasElement.querySelector('[data-slot="axis"]')!).display).toBe('none');
    await expect(within(canvasElement).getByRole('button', { name: /Warehouse Sync/ })).toBeVisible();
  },
};

/** Every release in the past: the axis still reaches today, opens scrolled to it, and flags what is overdue. */
export const OverdueRoadmap: Story = {
  args: { now: '2028-09-01' },
  // A 900 px host region; on a phone-sized page the host's own box scrolls, never the page.
  decorators: [
    (Story) => (
      <div style={{ overflowX: 'auto', maxInlineSize: '100%', position: 'relative' }}>
        <div style={{ inlineSize: '900px' }}>{Story()}</div>
      </div>
    ),
  ],
  play: async ({ canvasElement }) => {
    const viewport = canvasElement.querySelector<HTMLElement>('[data-slot="viewport"]')!;
    const today = within(canvasElement.querySelector<HTMLElement>('[data-slot="axis"]')!).getByText('Today');
    await waitFor(() => expect(viewport.scrollLeft).toBeGreaterThan(0));
    const { right } = viewport.getBoundingClientRect();
    await expect(today.getBoundingClientRect().right).toBeLessThanOrEqual(right);
  },
};

export const ReleasesByQuarterHorizontal: Story = { args: { orientation: 'horizontal' } };

export const ReleasesByQuarterVertical: Story = { args: { orientation: 'vertical' } };

export const NumberedPhasesHorizontal: Story = { args: { roadmap: numberedPhases, orientation: 'horizontal' } };

export const NumberedPhasesVertical: Story = { args: { roadmap: numberedPhases, orientation: 'vertical' } };

export const MilestonesWithMetricsHorizontal: Story = { args: { roadmap: milestonesWithMetrics, orientation: 'horizontal' } };

export const MilestonesWithMetricsVertical: Story = { args: { roadmap: milestonesWithMetrics, orientation: 'vertical' } };

export const Alternate: Story = { args: { orientation: 'vertical', position: 'alternate' } };

export const MonthZoom: Story = { args: { orientation: 'horizontal', defaultZoom: 'month' } };

export const QuarterZoom: Story = { args: { orientation: 'horizontal', defaultZoom: 'quarter' } };

export const YearZoom: Story = { args: { orientation: 'horizontal', defaultZoom: 'year' } };

export const DarkScheme: Story = { args: { orientation: 'horizontal', theme: { colorScheme: 'dark' } } };

export const DarkSchemeVertical: Story = { args: { orientation: 'vertical', theme: { colorScheme: 'dark' } } };

export const RightToLeft: Story = {
  args: { orientation: 'horizontal' },
  render: (args) => (
    <div dir="rtl">
      <Timeline {...args} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const first = canvas.getAllByRole('button', { name: /Foundations/ })[0]!;
    first.focus();
    // Time runs right to left: ArrowLeft goes to the next phase. A phase that has to scroll into
    // view takes focus a frame later (focusScrollingFirst), as on a 360 px phone.
    await userEvent.keyboard('{ArrowLeft}');
    await waitFor(() => expect(canvas.getByRole('button', { name: /Funnels & Journeys/ })).toHaveFocus());
  },
};

export const CustomTheme: Story = {
  args: {
    orientation: 'vertical',
    theme: { accent: '#6d28d9', radius: '0.125rem', fontFamily: 'Georgia, serif', density: 'compact', statusColors: { 'in-progress': '#6d28d9' } },
  },
};

export const RenderPhase: Story = {
  args: {
    orientation: 'vertical',
    renderPhase: (phase, { text }) => (
      <span>
        <strong>{phase.version ?? phase.title}</strong> · {phase.title} · {text.datesInWords} · {text.status} · {text.progress}
      </span>
    ),
  },
};

const allStates: Roadmap = {
  title: 'Every status',
  phases: STATUSES.map((status, index) => ({
    id: status,
    title: `A ${status} phase`,
    version: `v1.${index}.0`,
    status,
    when: { start: `2026-0${index + 1}-01`, end: `2026-0${index + 2}-15`, precision: 'day' as const },
    groups: [{ items: [{ id: `${status}-item`, title: `Work that is ${status}`, status }] }],
    metrics: [],
  })).concat([{ id: 'later', title: 'Someday', status: 'planned', timeframe: 'Later', groups: [], metrics: [] } as never]),
  metrics: [],
  cadences: [],
};

export const AllStates: Story = {
  args: { roadmap: allStates },
  render: (args) => (
    <div style={{ display: 'grid', gap: '2rem' }}>
      <Timeline {...args} orientation="horizontal" />
      <Timeline {...args} orientation="vertical" />
      <Timeline {...args} orientation="vertical" position="alternate" />
    </div>
  ),
};

export const KeyboardPath: Story = {
  args: { orientation: 'vertical' },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: /Funnels & Journeys/ })).toHaveFocus();
    // A phase that has to scroll into view takes focus a frame later (focusScrollingFirst).
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    await waitFor(() => expect(canvas.getByRole('button', { name: /Warehouse Sync/ })).toHaveFocus());
    await userEvent.keyboard('{Home}');
    await waitFor(() => expect(canvas.getByRole('button', { name: /Foundations/ })).toHaveFocus());
    await userEvent.keyboard('{Enter}');
    await expect(args.onSelectPhase).toHaveBeenCalledWith(releasesByQuarter.phases[0]);
  },
};

export const InvalidRoadmap: Story = { args: { roadmap: { title: 'Broken', phases: 'none' } as never } };

export const TenThousandPhases: Story = { args: { roadmap: generateRoadmap(10_000), orientation: 'vertical' } };

export const TenThousandPhasesHorizontal: Story = { args: { roadmap: generateRoadmap(10_000), orientation: 'horizontal', defaultZoom: 'month' } };
