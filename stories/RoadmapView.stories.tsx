import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { RoadmapView } from '../src/components/RoadmapView/RoadmapView.js';
import { EXAMPLE_NOW } from '../src/examples/exampleNow.js';
import { numberedPhases } from '../src/examples/numberedPhases.js';
import { releasesByQuarter } from '../src/examples/releasesByQuarter.js';
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
