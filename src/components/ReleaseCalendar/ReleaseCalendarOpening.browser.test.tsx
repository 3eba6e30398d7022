import { render, screen } from '@testing-library/react';
import { userEvent } from 'vitest/browser';
import type { Phase, Roadmap } from '../../model/types.js';
import { renderRealBrowserEvents } from '../../test-utils/realBrowserEvents.js';
import { ReleaseCalendar } from './ReleaseCalendar.js';

// Issue 12: without `month`, a calendar opened on today's month, empty for every real roadmap.
function release(id: string, date: string): Phase {
  return { id, title: id, version: id, status: 'planned', when: { start: date, end: date, precision: 'day' }, groups: [], metrics: [] };
}
function roadmapOf(...phases: Phase[]): Roadmap {
  return { title: 'Releases', phases, metrics: [], cadences: [] };
}

describe('ReleaseCalendar opening month', () => {
  renderRealBrowserEvents();

  it('opens on the month of the nearest upcoming release, showing it', () => {
    render(<ReleaseCalendar roadmap={roadmapOf(release('v3', '2027-05-04'), release('v1', '2025-02-01'), release('v2', '2027-01-15'))} now="2026-11-22" />);
    expect(screen.getByRole('grid', { name: 'January 2027' })).toBeVisible();
    expect(screen.getByRole('gridcell', { name: /January 15/ })).toHaveTextContent('v2');
  });

  it('opens on the month of the latest release when all are past', () => {
    render(<ReleaseCalendar roadmap={roadmapOf(release('v1', '2024-02-01'), release('v2', '2025-03-10'))} now="2026-11-22" />);
    expect(screen.getByRole('grid', { name: 'March 2025' })).toBeVisible();
  });

  it("opens on today's month without dated releases, and on `defaultMonth` when given", () => {
    const { unmount } = render(<ReleaseCalendar roadmap={roadmapOf()} now="2026-11-22" />);
    expect(screen.getByRole('grid', { name: 'November 2026' })).toBeVisible();
    unmount();
    render(<ReleaseCalendar roadmap={roadmapOf(release('v2', '2027-01-15'))} now="2026-11-22" defaultMonth="2026-06" />);
    expect(screen.getByRole('grid', { name: 'June 2026' })).toBeVisible();
  });

  it.each(['Quarter', 'Year'])('keeps the %s caption on one line in a 200 px wide calendar', async (view) => {
    render(
      <div style={{ width: 200 }}>
        <ReleaseCalendar roadmap={roadmapOf(release('v2', '2027-01-15'))} now="2026-11-22" />
      </div>,
    );
    await userEvent.click(screen.getByRole('button', { name: view }));
    // The live caption naming the period shown.
    const caption = document.querySelector<HTMLElement>('[aria-live="polite"]')!;
    const lineHeight = Number.parseFloat(getComputedStyle(caption).lineHeight);
    expect(caption.textContent).toMatch(view === 'Quarter' ? /^Q1 2027$/ : /^2027$/);
    expect(caption.getBoundingClientRect().height).toBeLessThan(lineHeight * 1.5);
    const months = screen.getAllByRole('region');
    expect(months).toHaveLength(view === 'Quarter' ? 3 : 12);
    for (const month of months) {
      const monthCaption = document.getElementById(month.getAttribute('aria-labelledby')!)!;
      expect(monthCaption.getBoundingClientRect().height).toBeLessThan(Number.parseFloat(getComputedStyle(monthCaption).lineHeight) * 1.5);
    }
  });
});
