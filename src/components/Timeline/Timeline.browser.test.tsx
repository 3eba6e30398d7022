import { act, render, screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { userEvent } from 'vitest/browser';
import { EXAMPLE_NOW } from '../../examples/exampleNow.js';
import { generateRoadmap } from '../../examples/generateRoadmap.js';
import { milestonesWithMetrics } from '../../examples/milestonesWithMetrics.js';
import { numberedPhases } from '../../examples/numberedPhases.js';
import { releasesByQuarter } from '../../examples/releasesByQuarter.js';
import { emulateReducedMotion } from '../../test-utils/emulateReducedMotion.js';
import { renderRealBrowserEvents } from '../../test-utils/realBrowserEvents.js';
import { Timeline } from './Timeline.js';

renderRealBrowserEvents();

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 30)));

async function expectNoAxeViolations(container: Element) {
  const results = await axe.run(container, { rules: { region: { enabled: false } } });
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
}

describe('Timeline in Chromium', () => {
  it.each(['horizontal', 'vertical'] as const)('has no axe violations as a %s timeline of every example', async (orientation) => {
    const { container } = render(
      <>
        <Timeline roadmap={releasesByQuarter} now={EXAMPLE_NOW} orientation={orientation} />
        <Timeline roadmap={numberedPhases} now={EXAMPLE_NOW} orientation={orientation} position="alternate" />
        <Timeline roadmap={milestonesWithMetrics} now={EXAMPLE_NOW} orientation={orientation} theme={{ colorScheme: 'dark' }} />
      </>,
    );
    await nextFrame();
    await expectNoAxeViolations(container);
  });

  it('gives every bar a row of its own: no two bars on the time axis overlap', async () => {
    const { container } = render(<Timeline roadmap={generateRoadmap(60)} now={EXAMPLE_NOW} orientation="horizontal" defaultZoom="year" />);
    await nextFrame();
    const boxes = Array.from(container.querySelectorAll('[data-slot="bar"]'), (bar) => bar.getBoundingClientRect());
    expect(boxes.length).toBeGreaterThan(50);
    for (const [index, a] of boxes.entries()) {
      for (const b of boxes.slice(index + 1)) {
        const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        expect(overlap).toBe(false);
      }
    }
  });

  it('walks the phases with a real keyboard and shows the tooltip of the focused one', async () => {
    render(
      <>
        <button type="button">Before</button>
        <Timeline roadmap={releasesByQuarter} now={EXAMPLE_NOW} orientation="vertical" />
      </>,
    );
    screen.getByRole('button', { name: 'Before' }).focus();
    await userEvent.keyboard('{Tab}');
    expect(screen.getByRole('button', { name: /Funnels/ })).toHaveFocus();
    const tooltip = await screen.findByRole('tooltip');
    expect(tooltip).toHaveTextContent('v2.1.0 Funnels & Journeys');
    expect(tooltip).toHaveTextContent('Q1 2026');
    expect(tooltip).toHaveTextContent('In progress, 1 of 4 done');
    expect(tooltip).toHaveTextContent('Next upBreakdownsPath explorerConversion alerts');
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getByRole('button', { name: /Experiments/ })).toHaveFocus();
    await waitFor(() => expect(screen.getByRole('tooltip')).toHaveTextContent('v2.2.0 Experiments'));
  });

  it('opens the tooltip inside the timeline, in its theme, though the root attaches after the first render', async () => {
    const { container } = render(<Timeline roadmap={releasesByQuarter} now={EXAMPLE_NOW} orientation="horizontal" theme={{ colorScheme: 'dark' }} />);
    // After the opening scroll's event: Radix closes a tooltip whose trigger scrolls.
    await nextFrame();
    screen.getByRole('button', { name: /Funnels/ }).focus();
    const tooltip = (await screen.findByRole('tooltip')).closest<HTMLElement>('.rk-timeline__tooltip')!;
    expect(container.querySelector('.rk-timeline')!.contains(tooltip)).toBe(true);
    // The dark scheme's surface (#15171c), inherited from the timeline's root.
    expect(getComputedStyle(tooltip).backgroundColor).toBe('rgb(21, 23, 28)');
  });

  it('keeps the tooltip of a phase the arrow keys scrolled into view', async () => {
    // Radix closes an open tooltip whose trigger scrolls; a focus that scrolls used to open the new
    // tooltip and close it on the next frame.
    render(<Timeline roadmap={generateRoadmap(40)} now="2020-01-01" orientation="horizontal" defaultZoom="month" style={{ inlineSize: 480 }} />);
    await nextFrame();
    const page = document.scrollingElement!;
    screen.getAllByRole('button', { name: /Release train/ })[0]!.focus();
    const scrolledFrom = page.scrollTop;
    for (let press = 0; press < 12; press += 1) await userEvent.keyboard('{ArrowRight}');
    await nextFrame();
    await nextFrame();
    expect(page.scrollTop).toBeGreaterThan(scrolledFrom);
    const focused = document.activeElement as HTMLElement;
    expect(focused).toHaveAccessibleName(/Release train 13\b/);
    await waitFor(() => expect(screen.getByRole('tooltip')).toHaveTextContent('Release train 13'));
    // The tests after this one measure what is in the window: leave the page at its top.
    page.scrollTop = 0;
  });

  it('slides in the phases in view on mount as one list, and each row a scroll brings into view', async () => {
    // Checked right after the mount's effects, well inside the 220 ms the slide lasts.
    render(<Timeline roadmap={generateRoadmap(300)} now={EXAMPLE_NOW} orientation="vertical" />);
    const list = screen.getByRole('list');
    const inWindow = () => screen.getAllByRole('listitem').filter((item) => item.getBoundingClientRect().bottom > 0 && item.getBoundingClientRect().top < window.innerHeight);
    const moving = () => screen.getAllByRole('listitem').filter((item) => item.getAnimations().length > 0);
    // Every row in view is new: they would all move alike, so the list moves, and no row on its own.
    expect(list.getAnimations()).toHaveLength(1);
    expect((list.getAnimations()[0]!.effect as KeyframeEffect).getKeyframes()[0]).toMatchObject({ transform: 'translateY(0.5rem)' });
    expect(moving()).toEqual([]);
    const seen = inWindow();
    expect(seen.length).toBeGreaterThan(1);
    await Promise.all(list.getAnimations().map((animation) => animation.finished));

    // A scroll of two rows: those still in view stay put, the rows entering the view slide in.
    const viewport = list.parentElement!;
    viewport.scrollTop += 2 * 88;
    await waitFor(() => expect(moving().length).toBeGreaterThan(0));
    const entered = inWindow().filter((item) => !seen.includes(item));
    expect(entered.length).toBeGreaterThan(0);
    expect(moving()).toEqual(entered);
    expect(list.getAnimations()).toEqual([]);
  });

  it('moves nothing when the reader prefers reduced motion', async () => {
    await emulateReducedMotion(true);
    try {
      render(<Timeline roadmap={generateRoadmap(100)} now={EXAMPLE_NOW} orientation="vertical" />);
      await nextFrame();
      expect([screen.getByRole('list'), ...screen.getAllByRole('listitem')].filter((element) => element.getAnimations().length > 0)).toEqual([]);
    } finally {
      await emulateReducedMotion(false);
    }
  });

  it('draws the chosen zoom in the accent colour, the others plain', async () => {
    render(<Timeline roadmap={releasesByQuarter} now={EXAMPLE_NOW} orientation="horizontal" theme={{ accent: '#7c3aed' }} />);
    const background = (name: string) => getComputedStyle(screen.getByRole('button', { name })).backgroundColor;
    expect(screen.getByRole('button', { name: 'Quarter' })).toHaveAttribute('aria-pressed', 'true');
    expect(background('Quarter')).toBe('rgb(124, 58, 237)');
    expect(background('Month')).not.toBe('rgb(124, 58, 237)');
    await userEvent.click(screen.getByRole('button', { name: 'Month' }));
    expect(background('Month')).toBe('rgb(124, 58, 237)');
    expect(background('Quarter')).not.toBe('rgb(124, 58, 237)');
  });

  it('redraws the axis with month ticks when zoomed in', async () => {
    const { container } = render(<Timeline roadmap={releasesByQuarter} now={EXAMPLE_NOW} orientation="horizontal" />);
    const axis = container.querySelector('[data-slot="axis"]')!;
    expect(within(axis as HTMLElement).getByText('Q1 2026')).toBeInTheDocument();
    const lumen = screen.getByRole('button', { name: /Lumen Cloud/ }).closest('li')!.querySelector<HTMLElement>('[data-slot="bar"]')!;
    // offsetWidth, not the bounding box: the zoom animation scales the rows for a moment.
    const quarterWidth = lumen.offsetWidth;
    await userEvent.click(screen.getByRole('button', { name: 'Month' }));
    expect(within(axis as HTMLElement).getByText('Mar 2026')).toBeInTheDocument();
    expect(within(axis as HTMLElement).queryByText('Q1 2026')).toBeNull();
    // A year-long phase is 2.5 times wider at 4 px a day than at 1.6 px a day.
    expect(Math.round((lumen.offsetWidth / quarterWidth) * 10) / 10).toBe(2.5);
  });

  it.each(['vertical', 'horizontal'] as const)('keeps the DOM bounded while scrolling a %s timeline of 10,000 phases', async (orientation) => {
    const { container } = render(<Timeline roadmap={generateRoadmap(10_000)} now={EXAMPLE_NOW} orientation={orientation} defaultZoom="month" />);
    const viewport = container.querySelector<HTMLElement>('[data-slot="viewport"]')!;
    const list = screen.getByRole('list');
    const counts: number[] = [];
    const positions: number[] = [];
    // Rows are virtualised by height in both orientations: the axis keeps each phase's words at its start edge.
    const scrollSize = viewport.scrollHeight;
    for (const fraction of [0, 0.1, 0.25, 0.5, 0.75, 0.99]) {
      act(() => {
        viewport.scrollTop = scrollSize * fraction;
      });
      await nextFrame();
      counts.push(container.getElementsByTagName('*').length);
      // The furthest phase in the DOM (the tab stop stays too, but it is the first one).
      const rendered = within(list).getAllByRole('listitem').map((item) => Number(item.getAttribute('aria-posinset')));
      positions.push(Math.max(...rendered));
    }
    expect(Math.max(...counts)).toBeLessThan(2000);
    expect(within(list).getAllByRole('listitem').every((item) => item.getAttribute('aria-setsize') === '10000')).toBe(true);
    // The rendered window moved along with the scroll: later positions each time.
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(new Set(positions).size).toBe(positions.length);
  });
});

describe('Timeline server rendering', () => {
  it.each([
    ['horizontal', { orientation: 'horizontal' as const }],
    ['vertical', { orientation: 'vertical' as const, position: 'alternate' as const }],
    ['automatic', {}],
    ['virtualised', { roadmap: generateRoadmap(2_000), orientation: 'vertical' as const }],
  ])('hydrates the %s markup without a mismatch', async (_, props) => {
    const element = <Timeline roadmap={releasesByQuarter} now={EXAMPLE_NOW} {...props} />;
    const container = document.createElement('div');
    container.innerHTML = renderToString(element);
    document.body.append(container);
    const errors: unknown[] = [];
    const root = hydrateRoot(container, element, { onRecoverableError: (error) => errors.push(error) });
    await nextFrame();
    expect(errors).toEqual([]);
    expect(within(container).getAllByRole('listitem').length).toBeGreaterThan(0);
    root.unmount();
    container.remove();
  });
});
