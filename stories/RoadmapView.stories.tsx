import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { RoadmapView } from '../src/components/RoadmapView/RoadmapView.js';
import { EXAMPLE_NOW } from '../src/examples/exampleNow.js';
import { numberedPhases } from '../src/examples/numberedPhases.js';
import { releasesByQuarter } from '../src/examples/releasesByQuarter.js';
import { undatedRoadmap } from '../src/examples/undatedRoadmap.js';
import type { Roadmap } from '../src/model/types.js';

const meta = {
  title: 'Components/RoadmapView',
  component: RoadmapView,
  args: { roadmap: releasesByQuarter, now: EXAMPLE_NOW },
  argTypes: { layout: { control: 'inline-radio', options: ['page', 'table'] } },
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof RoadmapView>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const TableLayout: Story = { args: { defaultLayout: 'table', roadmap: numberedPhases } };
export const FilteredToInProgress: Story = { args: { defaultFilter: { statuses: ['in-progress'] } } };
export const DarkScheme: Story = { args: { theme: { colorScheme: 'dark' } } };
// A brand accent chosen for a light page, so the story pins the light scheme.
export const CustomTheme: Story = { args: { theme: { colorScheme: 'light', accent: '#0f766e', radius: '0', fontFamily: 'Georgia, serif', density: 'spacious' } } };
export const HostDrawsTheHeader: Story = {
  args: {
    parts: {
      filters: false,
      header: (view) => <h2>{`${view.roadmap?.title}: ${view.progress.done} of ${view.progress.total} shipped`}</h2>,
    },
  },
};
/** No dated phase, as most real roadmaps: no time axis, one line for the calendar, targets as a table. */
export const UndatedRoadmap: Story = {
  args: { roadmap: undatedRoadmap },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryByRole('region', { name: 'Timeline' })).toBeNull();
    await expect(canvas.getByRole('region', { name: 'Release calendar' })).toHaveTextContent('No dated releases yet');
    await expect(canvas.getByRole('table', { name: 'Targets without a measured value' })).toBeVisible();
  },
};
/** One dated release among undated phases: the timeline and calendar show it, the cards show all. */
export const PartlyDated: Story = {
  args: {
    roadmap: {
      ...undatedRoadmap,
      phases: [
        { ...undatedRoadmap.phases[1]!, status: 'done', when: { start: '2026-02-10', end: '2026-02-10', precision: 'day', label: '2026-02-10' } },
        ...undatedRoadmap.phases.filter((_, index) => index !== 1),
      ],
    },
  },
};
export const InvalidRoadmap: Story = { args: { roadmap: { title: 'Broken', phases: 'not a list' } as unknown as Roadmap } };

export const SearchAndSwitchToTable: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('searchbox', { name: 'Search the roadmap' }), 'experiment');
    await userEvent.click(canvas.getByRole('button', { name: 'Table' }));
    const phases = within(canvas.getByRole('table', { name: 'Lumen Analytics Roadmap' }));
    await expect(phases.getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual(['Experiments']);
    await expect(canvas.getByText('1 of 5 phases shown')).toBeInTheDocument();
  },
};
