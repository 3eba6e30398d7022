import { render, screen } from '@testing-library/react';
import { de } from 'date-fns/locale/de';
import { createRef } from 'react';
import { milestonesWithMetrics } from '../../examples/milestonesWithMetrics.js';
import type { Metric } from '../../model/types.js';
import { MetricGauge } from './MetricGauge.js';

const latency = milestonesWithMetrics.metrics[0]!; // < 100 ms, current 87
const vulnerabilities = milestonesWithMetrics.metrics[4]!; // = 0, no current value

describe('MetricGauge', () => {
  it('is a meter named by its label that says value, unit and that the target is met', () => {
    render(<MetricGauge metric={latency} />);
    const meter = screen.getByRole('meter', { name: 'p95 latency for secret operations' });
    expect(meter).toHaveAttribute('aria-valuenow', '87');
    expect(meter).toHaveAttribute('aria-valuemin', '0');
    expect(meter).toHaveAttribute('aria-valuemax', '200');
    expect(meter).toHaveAttribute('aria-valuetext', '87 ms, meets the target of < 100 ms');
    expect(meter).toHaveAttribute('data-state', 'met');
    expect(meter).toHaveAttribute('data-variant', 'linear');
    expect(meter).toHaveClass('rk-root', 'rk-metric-gauge');
    expect(meter).toHaveTextContent('87 ms');
    expect(meter).toHaveTextContent('Target < 100 ms');
    expect(meter).toHaveTextContent('Target met');
  });

  it('calls a latency over its lt target unmet', () => {
    render(<MetricGauge metric={latency} current={130} variant="radial" />);
    const meter = screen.getByRole('meter', { name: /p95 latency/ });
    expect(meter).toHaveAttribute('data-state', 'unmet');
    expect(meter).toHaveAttribute('data-variant', 'radial');
    expect(meter).toHaveAttribute('aria-valuetext', '130 ms, misses the target of < 100 ms');
    expect(meter).toHaveTextContent('Target not met');
    expect(meter.style.getPropertyValue('--rk-metric-gauge-ratio')).toBe('0.65');
    expect(meter.style.getPropertyValue('--rk-metric-gauge-target')).toBe('0.5');
  });

  it('shows "No data yet" in a labelled group, not a meter, without a current value', () => {
    render(<MetricGauge metric={vulnerabilities} variant="compact" />);
    expect(screen.queryByRole('meter')).not.toBeInTheDocument();
    const group = screen.getByRole('group', { name: 'critical vulnerabilities' });
    expect(group).toHaveAttribute('data-state', 'unknown');
    expect(group).toHaveTextContent('No data yet');
    expect(group).toHaveTextContent('Target = 0');
    expect(group).not.toHaveTextContent('Target met');
  });

  it('formats numbers for the locale', () => {
    const stars: Metric = { id: 'stars', label: 'GitHub stars', target: 10_000, comparator: 'gte', current: 7420 };
    render(<MetricGauge metric={stars} locale={de} />);
    const meter = screen.getByRole('meter', { name: 'GitHub stars' });
    expect(meter).toHaveTextContent('7.420');
    expect(meter).toHaveTextContent('Target ≥ 10.000');
  });

  it('takes min, max and labels from props, keeps host attributes and forwards its ref', () => {
    const ref = createRef<HTMLDivElement>();
    render(
      <MetricGauge
        ref={ref}
        metric={latency}
        min={50}
        max={150}
        title="latency gauge"
        className="mine"
        labels={{ metricTarget: (target) => `Ziel ${target}`, metricState: () => 'erreicht' }}
      />,
    );
    const meter = screen.getByRole('meter', { name: /p95 latency/ });
    expect(ref.current).toBe(meter);
    expect(meter).toHaveAttribute('aria-valuemin', '50');
    expect(meter).toHaveAttribute('aria-valuemax', '150');
    expect(meter).toHaveAttribute('title', 'latency gauge');
    expect(meter).toHaveClass('rk-metric-gauge', 'mine');
    expect(meter).toHaveTextContent('Ziel < 100 ms');
    expect(meter).toHaveTextContent('erreicht');
  });

  it('keeps slots and ARIA but drops the rk classes when unstyled', () => {
    render(<MetricGauge metric={latency} unstyled classNames={{ value: 'my-value' }} />);
    const value = screen.getByText('87 ms');
    expect(value).toHaveAttribute('data-slot', 'value');
    expect(value).toHaveClass('my-value');
    expect(value).not.toHaveClass('rk-metric-gauge__value');
    expect(screen.getByRole('meter')).toHaveAttribute('data-state', 'met');
  });

  it('lists what is wrong instead of crashing when the metric is not valid', () => {
    render(<MetricGauge metric={{ label: 'uptime', target: '99.9%' } as unknown as Metric} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('This metric could not be shown');
    expect(alert).toHaveTextContent('target: "99.9%" is not a finite number');
    expect(screen.queryByRole('meter')).not.toBeInTheDocument();
  });
});
