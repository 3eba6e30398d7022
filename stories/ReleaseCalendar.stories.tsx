import type { Meta, StoryObj } from '@storybook/react-vite';
import { de } from 'date-fns/locale/de';
import { ja } from 'date-fns/locale/ja';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { ReleaseCalendar } from '../src/components/ReleaseCalendar/ReleaseCalendar.js';
import { EXAMPLE_NOW } from '../src/examples/exampleNow.js';
import { generateRoadmap } from '../src/examples/generateRoadmap.js';
import { milestonesWithMetrics } from '../src/examples/milestonesWithMetrics.js';
import { numberedPhases } from '../src/examples/numberedPhases.js';
import { releasesByQuarter } from '../src/examples/releasesByQuarter.js';
import type { Roadmap } from '../src/model/types.js';

const meta = {
  title: 'Components/ReleaseCalendar',
  component: ReleaseCalendar,
  tags: ['autodocs'],
  args: { roadmap: releasesByQuarter, now: EXAMPLE_NOW, onSelectRelease: fn() },
  argTypes: {
    defaultView: { control: 'inline-radio', options: ['month', 'quarter', 'year'] },
    weekStartsOn: { control: 'inline-radio', options: [0, 1, 2, 3, 4, 5, 6] },
  },
} satisfies Meta<typeof ReleaseCalendar>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Without `month`, the calendar opens on the nearest upcoming release (here June 2026), not on the empty April of `now`. */
export const OpensOnNextRelease: Story = {
  args: { roadmap: milestonesWithMetrics, now: '2026-04-20' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('grid')).toHaveAccessibleName('June 2026');
  },
};

// Each example roadmap in each view.
export const ReleasesByQuarterMonth: Story = { args: { defaultMonth: '2025-12' } };
export const ReleasesByQuarterQuarter: Story = { args: { defaultView: 'quarter' } };
export const ReleasesByQuarterYear: Story = { args: { defaultView: 'year' } };
export const NumberedPhasesMonth: Story = { args: { roadmap: numberedPhases, defaultMonth: '2025-05' } };
export const NumberedPhasesQuarter: Story = { args: { roadmap: numberedPhases, defaultMonth: '2025-05', defaultView: 'quarter' } };
export const NumberedPhasesYear: Story = { args: { roadmap: numberedPhases, defaultMonth: '2025-05', defaultView: 'year' } };
export const MilestonesWithMetricsMonth: Story = { args: { roadmap: milestonesWithMetrics, defaultMonth: '2026-02' } };
export const MilestonesWithMetricsQuarter: Story = { args: { roadmap: milestonesWithMetrics, defaultView: 'quarter' } };
export const MilestonesWithMetricsYear: Story = { args: { roadmap: milestonesWithMetrics, defaultView: 'year' } };

// With projections from the cadences.
export const ProjectedMonth: Story = { args: { roadmap: milestonesWithMetrics, defaultMonth: '2026-08', showProjected: true } };
export const ProjectedQuarter: Story = { args: { roadmap: milestonesWithMetrics, defaultMonth: '2026-08', defaultView: 'quarter', showProjected: true } };
export const ProjectedYear: Story = { args: { roadmap: milestonesWithMetrics, defaultView: 'year', showProjected: true } };
export const ProjectedTwoYears: Story = {
  args: { roadmap: releasesByQuarter, defaultMonth: '2027-06', defaultView: 'year', showProjected: true, projectionHorizon: 24 },
};

export const German: Story = { args: { locale: de, defaultMonth: '2025-12', showProjected: true } };
export const Japanese: Story = { args: { locale: ja, roadmap: milestonesWithMetrics, defaultMonth: '2026-02' } };
export const JapaneseYear: Story = { args: { locale: ja, defaultView: 'year' } };
export const DarkScheme: Story = { args: { theme: { colorScheme: 'dark' }, roadmap: milestonesWithMetrics, defaultMonth: '2026-08', showProjected: true } };
export const CustomTheme: Story = {
  args: {
    defaultMonth: '2025-12',
    theme: { accent: '#6d28d9', radius: '2px', fontFamily: 'Georgia, serif', density: 'compact', statusColors: { done: '#0f766e', 'in-progress': '#6d28d9' } },
  },
};
export const RightToLeft: Story = { args: { dir: 'rtl', defaultMonth: '2025-12' } };
export const ThousandReleases: Story = { args: { roadmap: generateRoadmap(1000), now: '2030-06-15' } };
export const InvalidRoadmap: Story = { args: { roadmap: { title: 'Broken', phases: 'not a list' } as unknown as Roadmap } };

/** Every state at once for visual review: statuses, today, spans, outside days, projections, views. */
export const AllStates: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gap: '1.5rem' }}>
      <ReleaseCalendar {...args} roadmap={generateRoadmap(40)} now="2020-03-11" />
      <ReleaseCalendar {...args} roadmap={milestonesWithMetrics} defaultMonth="2026-02" showProjected />
      <ReleaseCalendar {...args} roadmap={releasesByQuarter} defaultView="quarter" theme={{ colorScheme: 'dark' }} />
    </div>
  ),
};

/** The WAI-ARIA date grid by keyboard: arrows, Home / End, PageDown into the next month, Enter selects. */
export const KeyboardWalk: Story = {
  args: { defaultMonth: '2025-12', now: '2025-12-15' },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const focused = () => canvasElement.ownerDocument.activeElement?.getAttribute('data-date');
    await userEvent.click(canvas.getByRole('gridcell', { name: /December 15th, 2025/ }));
    await userEvent.keyboard('{ArrowRight}');
    await waitFor(() => expect(focused()).toBe('2025-12-16'));
    await userEvent.keyboard('{Enter}');
    await expect(args.onSelectRelease).toHaveBeenCalledWith(releasesByQuarter.phases[0], [releasesByQuarter.phases[0]]);
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{End}');
    await waitFor(() => expect(focused()).toBe('2026-01-03'));
    await expect(canvas.getByRole('grid', { name: 'January 2026' })).toBeInTheDocument();
    await userEvent.keyboard('{PageDown}');
    await waitFor(() => expect(focused()).toBe('2026-02-03'));
  },
};
