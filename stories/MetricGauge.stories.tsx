import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import type { MetricGaugeVariant } from '../src/components/MetricGauge/MetricGauge.js';
import { MetricGauge } from '../src/components/MetricGauge/MetricGauge.js';
import { EXAMPLE_NOW } from '../src/examples/exampleNow.js';
import { milestonesWithMetrics } from '../src/examples/milestonesWithMetrics.js';
import { releasesByQuarter } from '../src/examples/releasesByQuarter.js';

const latency = milestonesWithMetrics.metrics[0]!; // < 100 ms, measured 87 ms
const VARIANTS: MetricGaugeVariant[] = ['radial', 'linear', 'compact'];

const meta = {
  title: 'Components/MetricGauge',
  component: MetricGauge,
  tags: ['autodocs'],
  args: { metric: latency, variant: 'linear', now: EXAMPLE_NOW },
  argTypes: { variant: { control: 'inline-radio', options: VARIANTS } },
  // One gauge reads best at a card's width; a story that lays out many sets `parameters.wide`.
  decorators: [(Story, { parameters }) => <div style={{ maxInlineSize: parameters.wide ? 'none' : '28rem' }}>{Story()}</div>],
} satisfies Meta<typeof MetricGauge>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Met: Story = {};
export const Unmet: Story = { args: { current: 130 } };
export const NoDataYet: Story = { args: { metric: milestonesWithMetrics.metrics[4]! } };

export const RadialMet: Story = { args: { variant: 'radial' } };
export const RadialUnmet: Story = { args: { variant: 'radial', metric: releasesByQuarter.phases[1]!.metrics[0]! } };
export const RadialNoDataYet: Story = { args: { variant: 'radial', metric: releasesByQuarter.metrics[2]! } };
export const CompactMet: Story = { args: { variant: 'compact' } };
export const CompactUnmet: Story = { args: { variant: 'compact', metric: releasesByQuarter.metrics[3]! } };
export const CompactNoDataYet: Story = { args: { variant: 'compact', metric: milestonesWithMetrics.metrics[4]! } };

/** A custom scale: 50–150 ms instead of the default 0–200 ms. */
export const CustomScale: Story = { args: { min: 50, max: 150 } };

/** A new measurement moves the fill from where it was; instantly under reduced motion. */
export const LiveValue: Story = {
  render: function LiveValue(args) {
    const readings = [87, 142, 64];
    const [index, setIndex] = useState(0);
    return (
      <div style={{ display: 'grid', gap: '0.5rem', justifyItems: 'start' }}>
        <MetricGauge {...args} current={readings[index]} />
        <button type="button" onClick={() => setIndex((index + 1) % readings.length)}>
          Next reading
        </button>
      </div>
    );
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Next reading' }));
    await expect(canvas.getByRole('meter')).toHaveAttribute('aria-valuetext', '142 ms, misses the target of < 100 ms');
    await expect(canvas.getByRole('meter')).toHaveAttribute('data-state', 'unmet');
  },
};

function StateGrid(props: Partial<Parameters<typeof MetricGauge>[0]>) {
  return (
    <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(12rem, 1fr))', gap: '1rem', alignItems: 'start' }}>
      {VARIANTS.map((variant) => [
        <MetricGauge key={`${variant}-met`} {...props} metric={latency} variant={variant} />,
        <MetricGauge key={`${variant}-unmet`} {...props} metric={latency} current={130} variant={variant} />,
        <MetricGauge key={`${variant}-unknown`} {...props} metric={milestonesWithMetrics.metrics[4]!} variant={variant} />,
      ])}
    </div>
  );
}

/** Every variant met, unmet and without data, for visual review. */
export const AllStates: Story = {
  decorators: [(Story) => <div style={{ maxInlineSize: 'none' }}>{Story()}</div>],
  render: () => <StateGrid />,
};

export const DarkScheme: Story = {
  render: () => (
    <div className="rk-root" data-color-scheme="dark" style={{ background: 'var(--rk-surface)', padding: '1rem' }}>
      <StateGrid />
    </div>
  ),
};

export const CustomTheme: Story = {
  render: () => (
    <StateGrid
      theme={{ colorScheme: 'light', accent: '#6d28d9', radius: '2px', fontFamily: 'Georgia, serif', density: 'compact', statusColors: { done: '#0f766e', deferred: '#b42318' } }}
    />
  ),
};

/** Every metric of the Keyring Sidecar roadmap, roadmap-wide and per phase, as a dashboard. */
export const Dashboard: Story = {
  parameters: { wide: true },
  render: () => {
    const metrics = [...milestonesWithMetrics.metrics, ...milestonesWithMetrics.phases.flatMap((phase) => phase.metrics)];
    return (
      <section aria-labelledby="dashboard-heading">
        <h2 id="dashboard-heading">{milestonesWithMetrics.title}: success metrics</h2>
        <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(12rem, 1fr))', gap: '1rem' }}>
          {metrics.map((metric) => (
            // A radial gauge is as wide as its content on its own; in a dashboard every card fills its column.
            <MetricGauge key={metric.id} metric={metric} variant="radial" style={{ inlineSize: 'auto' }} />
          ))}
        </div>
      </section>
    );
  },
};
