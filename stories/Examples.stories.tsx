import type { Meta, StoryObj } from '@storybook/react-vite';
import { RoadmapView } from '../src/components/RoadmapView/RoadmapView.js';
import { EXAMPLE_NOW } from '../src/examples/exampleNow.js';
import { milestonesWithMetrics } from '../src/examples/milestonesWithMetrics.js';
import { numberedPhases } from '../src/examples/numberedPhases.js';
import { releasesByQuarter } from '../src/examples/releasesByQuarter.js';

/** Each example roadmap as a whole RoadmapView page, the way a product site would show it. */
const meta = {
  title: 'Examples',
  component: RoadmapView,
  args: { roadmap: releasesByQuarter, now: EXAMPLE_NOW },
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof RoadmapView>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Versioned releases by quarter with themes, cadences and roadmap-wide targets. */
export const ReleasesByQuarter: Story = { name: 'Releases by quarter' };
/** Numbered phases with checklists and exit criteria. */
export const NumberedPhases: Story = { name: 'Numbered phases', args: { roadmap: numberedPhases } };
/** Week-numbered milestones, dated releases and measured metrics. */
export const MilestonesWithMetrics: Story = { name: 'Milestones with metrics', args: { roadmap: milestonesWithMetrics } };
