import { render, screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import { flushSync } from 'react-dom';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { userEvent } from 'vitest/browser';
import { EXAMPLE_NOW } from '../../examples/exampleNow.js';
import { milestonesWithMetrics } from '../../examples/milestonesWithMetrics.js';
import { releasesByQuarter } from '../../examples/releasesByQuarter.js';
import { renderRealBrowserEvents } from '../../test-utils/realBrowserEvents.js';
import { ReleaseCalendar } from './ReleaseCalendar.js';

const AXE_OPTIONS = { rules: { region: { enabled: false } } };

renderRealBrowserEvents();

function focusedDate() {
  return document.activeElement?.getAttribute('data-date');
}

describe('ReleaseCalendar in Chromium', () => {
  it('walks the whole keyboard path from the first tab stop, moving months with the focus', async () => {
    const onSelectRelease = vi.fn();
    render(<ReleaseCalendar roadmap={releasesByQuarter} now="2025-12-02" onSelectRelease={onSelectRelease} />);
    screen.getByRole('button', { name: 'Previous month' }).focus();
    // previous, next, today, three view buttons, then the grid's single tab stop.
    for (let index = 0; index < 6; index += 1) await userEvent.keyboard('{Tab}');
    await expect.poll(focusedDate).toBe('2025-12-02');
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    await expect.poll(focusedDate).toBe('2025-12-16');
    expect(document.activeElement).toHaveTextContent('v2.0.0 Foundations');
    await userEvent.keyboard('{Enter}');
    expect(onSelectRelease).toHaveBeenCalledWith(releasesByQuarter.phases[0], [releasesByQuarter.phases[0]]);
    await userEvent.keyboard('{End}{ArrowRight}{ArrowDown}');
    await expect.poll(focusedDate).toBe('2025-12-28');
    await userEvent.keyboard('{ArrowDown}');
    await expect.poll(focusedDate).toBe('2026-01-04');
    expect(screen.getByRole('grid', { name: 'January 2026' })).toContainElement(document.activeElement as HTMLElement);
    await userEvent.keyboard('{Home}{PageUp}');
    await expect.poll(focusedDate).toBe('2025-12-04');
    await userEvent.keyboard('{Shift>}{PageDown}{/Shift}');
    await expect.poll(focusedDate).toBe('2026-12-04');
    expect(screen.getByText('December 2026')).toHaveAttribute('aria-live', 'polite');
    // Tab leaves the grid in one step: it holds a single tab stop.
    await userEvent.keyboard('{Tab}');
    expect(document.activeElement?.getAttribute('role')).not.toBe('gridcell');
  });

  it('keeps focus visible on the new month after PageDown, and on the button after Next', async () => {
    render(<ReleaseCalendar roadmap={releasesByQuarter} now={EXAMPLE_NOW} />);
    const today = screen.getByRole('gridcell', { name: /March 15th, 2026/ });
    await userEvent.click(today);
    await userEvent.keyboard('{PageDown}');
    const moved = document.activeElement as HTMLElement;
    expect(moved.getAttribute('data-date')).toBe('2026-04-15');
    expect(moved.matches(':focus-visible')).toBe(true);
    expect(getComputedStyle(moved).outlineStyle).toBe('solid');
    const next = screen.getByRole('button', { name: 'Next month' });
    await userEvent.click(next);
    expect(screen.getByRole('grid', { name: 'May 2026' })).toBeInTheDocument();
    expect(document.activeElement).toBe(next);
    // The tab stop followed: it is on the same day of the new month.
    expect(within(screen.getByRole('grid')).getAllByRole('gridcell').find((cell) => cell.tabIndex === 0)).toHaveAttribute('data-date', '2026-05-15');
  });

  it('opens a tooltip with version, title, date as written, status and progress when a release day takes focus', async () => {
    render(<ReleaseCalendar roadmap={releasesByQuarter} now="2025-12-15" />);
    await userEvent.click(screen.getByRole('gridcell', { name: /December 15th, 2025/ }));
    await userEvent.keyboard('{ArrowRight}');
    const tooltip = await screen.findByRole('tooltip');
    expect(tooltip).toHaveTextContent('v2.0.0 Foundations');
    expect(tooltip).toHaveTextContent('Released: 2025-12-16 · Done · 5 of 5 done');
    // Rendered inside the calendar root, so its theme variables apply.
    expect(tooltip.closest('.rk-release-calendar')).not.toBeNull();
  });

  it('keeps the tooltip of a release day the arrow keys scrolled into view', async () => {
    // Radix closes an open tooltip whose trigger scrolls; a focus that scrolled the page used to open
    // the day's tooltip and close it on the next frame.
    const { rerender } = render(<ReleaseCalendar roadmap={releasesByQuarter} now="2025-12-09" />);
    const dayBelow = screen.getByRole('gridcell', { name: /December 16th, 2025/ });
    const fromTop = dayBelow.getBoundingClientRect().top - document.body.getBoundingClientRect().top;
    // Push the calendar down until the 16th starts just below the fold, its week's row above it.
    const spacer = window.innerHeight - fromTop + 4;
    rerender(
      <>
        <div style={{ blockSize: spacer }} />
        <ReleaseCalendar roadmap={releasesByQuarter} now="2025-12-09" />
      </>,
    );
    expect(screen.getByRole('gridcell', { name: /December 16th, 2025/ }).getBoundingClientRect().top).toBeGreaterThan(window.innerHeight);
    screen.getByRole('gridcell', { name: /December 9th, 2025/ }).focus({ preventScroll: true });
    await userEvent.keyboard('{ArrowDown}');
    await waitFor(() => expect(document.activeElement).toHaveAttribute('data-date', '2025-12-16'));
    expect(window.scrollY).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(screen.getByRole('tooltip')).toHaveTextContent('v2.0.0 Foundations');
  });

  it('has no axe violations in month, quarter and year views, with projections', async () => {
    const { container } = render(<ReleaseCalendar roadmap={milestonesWithMetrics} now={EXAMPLE_NOW} showProjected />);
    expect((await axe.run(container, AXE_OPTIONS)).violations).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Quarter' }));
    expect((await axe.run(container, AXE_OPTIONS)).violations).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Year' }));
    expect((await axe.run(container, AXE_OPTIONS)).violations).toEqual([]);
  });

  it('has no axe violations in the dark scheme', async () => {
    const { container } = render(<ReleaseCalendar roadmap={releasesByQuarter} now={EXAMPLE_NOW} theme={{ colorScheme: 'dark' }} showProjected />);
    expect((await axe.run(container, AXE_OPTIONS)).violations).toEqual([]);
  });

  it('hydrates server markup without a mismatch', async () => {
    const element = <ReleaseCalendar roadmap={milestonesWithMetrics} now={EXAMPLE_NOW} showProjected defaultMonth="2026-02" />;
    const host = document.createElement('div');
    host.innerHTML = renderToString(element);
    document.body.append(host);
    const errors: unknown[] = [];
    const root = hydrateRoot(host, element, { onRecoverableError: (error) => errors.push(error) });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(errors).toEqual([]);
    expect(within(host).getByRole('grid', { name: 'February 2026' })).toBeInTheDocument();
    flushSync(() => root.unmount());
    host.remove();
  });
});
