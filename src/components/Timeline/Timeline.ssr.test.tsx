import { renderToString } from 'react-dom/server';
import { EXAMPLE_NOW } from '../../examples/exampleNow.js';
import { generateRoadmap } from '../../examples/generateRoadmap.js';
import { numberedPhases } from '../../examples/numberedPhases.js';
import { releasesByQuarter } from '../../examples/releasesByQuarter.js';
import { Timeline } from './Timeline.js';

describe('Timeline on the server', () => {
  it('renders without a window: list and axis in one markup for the container query, every phase, its dates in words and the "Unscheduled" heading', () => {
    expect(typeof window).toBe('undefined');
    const html = renderToString(<Timeline roadmap={numberedPhases} now={EXAMPLE_NOW} />);
    // The stylesheet picks the list or the axis by the timeline's width, so the browser keeps this markup.
    expect(html).toContain('data-orientation="auto"');
    expect(html).toContain('data-slot="axis"');
    expect(html).toContain('data-slot="bar"');
    expect(html).toContain('aria-label="Harbor Gateway Roadmap timeline"');
    expect(html).toContain('from October 2024 to March 2025');
    expect(html).toMatch(/<h3[^>]*>Unscheduled<\/h3>/);
    expect(html.match(/<li /g)).toHaveLength(5);
  });

  it('renders the time axis with its ticks and the today line at now', () => {
    const html = renderToString(<Timeline roadmap={releasesByQuarter} now={EXAMPLE_NOW} orientation="horizontal" />);
    expect(html).toContain('Q1 2026');
    expect(html).toMatch(/data-today="true"[^>]*>Today</);
    expect(html).toContain('aria-pressed="true"');
  });

  it('renders the list for a roadmap with no dated phase: an axis would be empty', () => {
    const undated = { ...numberedPhases, phases: numberedPhases.phases.map(({ when: _when, ...phase }) => phase) };
    const html = renderToString(<Timeline roadmap={undated} now={EXAMPLE_NOW} />);
    expect(html).toContain('data-orientation="vertical"');
    expect(html).not.toContain('data-slot="axis"');
  });

  it('renders only the first window of a 10,000-phase roadmap', () => {
    const html = renderToString(<Timeline roadmap={generateRoadmap(10_000)} now={EXAMPLE_NOW} orientation="vertical" />);
    // Rows 1–11 in the assumed 480 px viewport plus its overscan, and the current phase (the tab stop).
    expect(html.match(/<li /g)).toHaveLength(12);
    expect(html).toContain('aria-setsize="10000"');
  });
});
