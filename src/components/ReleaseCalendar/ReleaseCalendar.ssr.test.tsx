import { de } from 'date-fns/locale/de';
import { renderToString } from 'react-dom/server';
import { EXAMPLE_NOW } from '../../examples/exampleNow.js';
import { milestonesWithMetrics } from '../../examples/milestonesWithMetrics.js';
import { releasesByQuarter } from '../../examples/releasesByQuarter.js';
import { ReleaseCalendar } from './ReleaseCalendar.js';

describe('ReleaseCalendar on the server', () => {
  it('renders the month of now as a grid without touching window', () => {
    expect(typeof window).toBe('undefined');
    const html = renderToString(<ReleaseCalendar roadmap={releasesByQuarter} now={EXAMPLE_NOW} />);
    expect(html).toContain('role="grid"');
    expect(html).toContain('March 2026');
    expect(html).toContain('aria-current="date"');
    expect(html).toContain('data-date="2026-03-15"');
    expect(html).toContain('Funnels &amp; Journeys');
  });

  it('renders projections, the legend and another locale', () => {
    const html = renderToString(<ReleaseCalendar roadmap={milestonesWithMetrics} now={EXAMPLE_NOW} locale={de} defaultMonth="2026-08" showProjected />);
    expect(html).toContain('August 2026');
    expect(html).toMatch(/Projected(<!-- -->)?: (<!-- -->)?Minor releases/);
    expect(html).toContain('Security fixes');
  });

  it('renders the year view', () => {
    const html = renderToString(<ReleaseCalendar roadmap={releasesByQuarter} now={EXAMPLE_NOW} defaultView="year" />);
    expect(html.match(/<section/g)).toHaveLength(12);
    expect(html).toContain('Warehouse Sync');
  });
});
