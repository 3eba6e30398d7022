import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { PhaseCard } from '../src/components/PhaseCard/PhaseCard.js';
import { EXAMPLE_NOW } from '../src/examples/exampleNow.js';
import { generateLongPhase } from '../src/examples/generateLongPhase.js';
import { milestonesWithMetrics } from '../src/examples/milestonesWithMetrics.js';
import { numberedPhases } from '../src/examples/numberedPhases.js';
import { releasesByQuarter } from '../src/examples/releasesByQuarter.js';
import { undatedRoadmap } from '../src/examples/undatedRoadmap.js';
import type { Phase, Roadmap } from '../src/model/types.js';
import { STATUSES } from '../src/model/types.js';

const meta = {
  title: 'Components/PhaseCard',
  component: PhaseCard,
  tags: ['autodocs'],
  args: { phase: releasesByQuarter.phases[1]!, now: EXAMPLE_NOW },
  argTypes: {
    headingLevel: { control: 'inline-radio', options: [1, 2, 3, 4, 5, 6] },
    show: { control: 'inline-radio', options: ['all', 'open', ...STATUSES] },
  },
  decorators: [(Story) => <div style={{ maxInlineSize: '40rem' }}>{Story()}</div>],
} satisfies Meta<typeof PhaseCard>;

export default meta;
type Story = StoryObj<typeof meta>;

function AllPhasesOf({ roadmap, ...props }: { roadmap: Roadmap } & Omit<Parameters<typeof PhaseCard>[0], 'phase'>) {
  return (
    <div style={{ display: 'grid', gap: '1rem' }}>
      {roadmap.phases.map((phase) => (
        <PhaseCard key={phase.id} {...props} phase={phase} headingLevel={2} />
      ))}
    </div>
  );
}

export const InProgress: Story = {};

export const Done: Story = { args: { phase: releasesByQuarter.phases[0]! } };

export const Planned: Story = { args: { phase: numberedPhases.phases[2]! } };

/** Numbered phase 3, as a team would show it after pushing it out of this year's plan. */
export const Deferred: Story = { args: { phase: { ...numberedPhases.phases[3]!, status: 'deferred' } } };

export const WithMetrics: Story = { args: { phase: numberedPhases.phases[1]! } };

export const WeekNumberedMilestone: Story = { args: { phase: milestonesWithMetrics.phases[2]! } };

export const LumenReleases: Story = { render: (args) => <AllPhasesOf roadmap={releasesByQuarter} now={args.now} /> };

export const HarborGatewayPhases: Story = { render: (args) => <AllPhasesOf roadmap={numberedPhases} now={args.now} /> };

export const KeyringMilestones: Story = { render: (args) => <AllPhasesOf roadmap={milestonesWithMetrics} now={args.now} /> };

/** 200 items in ten groups: the groups past the third start collapsed and show their count. */
export const TwoHundredItems: Story = {
  args: { phase: generateLongPhase(200) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const dashboards = canvas.getByRole('button', { name: 'Dashboards 20 items' });
    await expect(dashboards).toHaveAttribute('aria-expanded', 'false');
    dashboards.focus();
    await userEvent.keyboard('{Enter}');
    await expect(dashboards).toHaveAttribute('aria-expanded', 'true');
    await expect(await canvas.findByText('Deliverable 61')).toBeInTheDocument();
  },
};

/** A 12-item backlog shows its first five and "Show all 12"; the button then reads "Show fewer". Paper shows all. */
export const LongGroupShowAll: Story = {
  args: { phase: undatedRoadmap.phases[2]! },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole('listitem')).toHaveLength(5);
    const showAll = canvas.getByRole('button', { name: 'Show all 12' });
    showAll.focus();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getAllByRole('listitem')).toHaveLength(12);
    await expect(canvas.getByRole('button', { name: 'Show fewer' })).toHaveFocus();
  },
};

/** A heading that is only its version reads `0.4.1` once, not `0.4.1 0.4.1`. */
export const VersionOnlyTitle: Story = { args: { phase: undatedRoadmap.phases[1]! } };

/** A phase whose target nobody has measured: the target reads as text with its direction, a long URL wraps. */
export const TargetWithoutData: Story = { args: { phase: undatedRoadmap.phases[0]! } };

/** `defaultOpen={true}` opens every group, even in a phase of more than 50 items. */
export const EveryGroupOpen: Story = { args: { phase: generateLongPhase(60, 4), defaultOpen: true } };

/** Groups toggle from the keyboard: Tab to a group's button, Enter or Space. */
export const KeyboardToggling: Story = {
  args: { onOpenChange: fn() },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const funnels = canvas.getByRole('button', { name: 'Funnels 3 items' });
    funnels.focus();
    await userEvent.keyboard(' ');
    await expect(funnels).toHaveAttribute('aria-expanded', 'false');
    await expect(args.onOpenChange).toHaveBeenCalledWith(['journeys']);
    await userEvent.keyboard('{Enter}');
    await expect(funnels).toHaveAttribute('aria-expanded', 'true');
  },
};

export const OpenWorkOnly: Story = { args: { show: 'open' } };

export const FirstGroupClosed: Story = { args: { defaultOpen: ['journeys'] } };

export const CustomItemRendering: Story = {
  args: {
    renderItem: (item, { defaultContent }) => (
      <>
        {defaultContent}
        {item.tags?.map((tag) => (
          <span key={tag} style={{ marginInlineStart: '0.5rem', padding: '0 0.375rem', border: '1px solid currentcolor', borderRadius: '999px', fontSize: '0.75rem' }}>
            #{tag}
          </span>
        ))}
      </>
    ),
    phase: releasesByQuarter.phases[2]!,
  },
};

export const NoItems: Story = { args: { phase: { ...releasesByQuarter.phases[4]!, groups: [] } } };

export const InvalidPhase: Story = {
  args: { phase: { id: 'broken', title: 'Imported by hand', status: 'almost done', groups: [{ items: [{ title: 3 }] }] } as unknown as Phase },
};

export const RightToLeft: Story = {
  render: (args) => (
    <div dir="rtl">
      <PhaseCard {...args} />
    </div>
  ),
};

export const DarkScheme: Story = { args: { theme: { colorScheme: 'dark' }, phase: numberedPhases.phases[1]! } };

export const CustomTheme: Story = {
  args: {
    phase: numberedPhases.phases[1]!,
    theme: { colorScheme: 'light', accent: '#6d28d9', radius: '2px', fontFamily: 'Georgia, serif', density: 'compact', statusColors: { done: '#0f766e', 'in-progress': '#6d28d9' } },
  },
};

/** One card per status, for visual review. */
export const AllStates: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gap: '1rem' }}>
      {STATUSES.map((status) => (
        <PhaseCard key={status} {...args} phase={{ ...numberedPhases.phases[1]!, id: status, status }} headingLevel={2} />
      ))}
    </div>
  ),
};
