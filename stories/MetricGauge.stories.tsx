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

/** Every variant at 200, 320 and 640 px: the layout wraps instead of overlapping. */
export const NarrowCards: Story = {
  parameters: { wide: true },
  render: () => (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: '1rem', alignItems: 'flex-start' }}>
      {[200, 320, 640].map((width) => (
        <div key={width} style={{ inlineSize: width, display: 'grid', gap: '0.5rem' }}>
          {VARIANTS.map((variant) => (
            <MetricGauge key={variant} metric={{ ...latency, label: 'p95 latency for secret operations' }} current={140} variant={variant} />
          ))}
        </div>
      ))}
    </div>
  ),
};

/** Numbers as written: 99.999%, 1.5M, a value past its `≥ 10,000` target, and ±1e308 without NaN. */
export const PreciseAndExtremeNumbers: Story = {
  parameters: { wide: true },
  render: () => (
    <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(16rem, 1fr))', gap: '1rem' }}>
      <MetricGauge metric={{ id: 'availability', label: 'availability', target: 99.999, comparator: 'gte', unit: '%' }} current={99.995} />
      <MetricGauge metric={{ id: 'served', label: 'secrets served per day', target: 1_500_000, comparator: 'gte' }} current={1_200_000} />
      <MetricGauge metric={{ id: 'installs', label: 'production installs', target: 10_000, comparator: 'gte' }} current={12_000} />
      <MetricGauge metric={{ id: 'extreme', label: 'extreme throughput', target: 1e308, comparator: 'gte', unit: 'req/s' }} current={-1e308} variant="radial" />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('meter', { name: 'production installs' })).toHaveAttribute('aria-valuenow', '12000');
    await expect(canvas.getByText('Target ≥ 99.999%')).toBeVisible();
    await expect(canvasElement.innerHTML).not.toMatch(/NaN/);
  },
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
