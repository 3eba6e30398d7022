import { renderToString } from 'react-dom/server';
import { releasesByQuarter } from '../../examples/releasesByQuarter.js';
import { MetricGauge } from './MetricGauge.js';

const [throughput, dashboardLoad, uptime] = releasesByQuarter.metrics;

describe('MetricGauge on the server', () => {
  it('renders a meter with its value text and state without touching window', () => {
    expect(typeof window).toBe('undefined');
    const html = renderToString(<MetricGauge metric={dashboardLoad!} variant="radial" />);
    expect(html).toContain('role="meter"');
    expect(html).toContain('aria-valuetext="640 ms, meets the target of &lt; 800 ms"');
    expect(html).toContain('data-state="met"');
    expect(html).toContain('--rk-metric-gauge-ratio:0.32');
    expect(html).toContain('<svg');
  });

  it('renders the "no data yet" group for a metric without a value', () => {
    const html = renderToString(<MetricGauge metric={uptime!} />);
    expect(html).toContain('role="group"');
    expect(html).not.toContain('role="meter"');
    expect(html).toContain('No data yet');
    expect(html).toContain('Target ≥ 99.9%');
  });

  it('renders a compact unmet gauge', () => {
    const html = renderToString(<MetricGauge metric={throughput!} variant="compact" />);
    expect(html).toContain('data-variant="compact"');
    expect(html).toContain('data-state="unmet"');
    expect(html).toContain('82,000 req/s');
  });
});
