import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { de } from 'date-fns/locale/de';
import { useState } from 'react';
import { EXAMPLE_NOW } from '../../examples/exampleNow.js';
import { milestonesWithMetrics } from '../../examples/milestonesWithMetrics.js';
import { releasesByQuarter } from '../../examples/releasesByQuarter.js';
import type { Roadmap } from '../../model/types.js';
import { ReleaseCalendar } from './ReleaseCalendar.js';

describe('ReleaseCalendar', () => {
  it('opens on the month of now, as a grid named by its live caption, with today marked', () => {
    render(<ReleaseCalendar roadmap={releasesByQuarter} now={EXAMPLE_NOW} />);
    const grid = screen.getByRole('grid', { name: 'March 2026' });
    expect(screen.getByText('March 2026')).toHaveAttribute('aria-live', 'polite');
    expect(within(grid).getAllByRole('columnheader').map((header) => header.textContent)).toEqual([
      'SunSunday',
      'MonMonday',
      'TueTuesday',
      'WedWednesday',
      'ThuThursday',
      'FriFriday',
      'SatSaturday',
    ]);
    const today = within(grid).getByRole('gridcell', { name: /March 15th, 2026/ });
    expect(today).toHaveAttribute('aria-current', 'date');
    expect(today).toHaveAttribute('aria-selected', 'true');
    expect(today).toHaveAttribute('tabindex', '0');
    expect(within(grid).getAllByRole('gridcell').filter((cell) => cell.tabIndex === 0)).toHaveLength(1);
  });

  it('puts a day release on its day with version, title and status in text', () => {
    render(<ReleaseCalendar roadmap={releasesByQuarter} now={EXAMPLE_NOW} defaultMonth="2025-12" />);
    const cell = screen.getByRole('gridcell', { name: /December 16th, 2025/ });
    expect(cell).toHaveTextContent('Done v2.0.0 Foundations');
    expect(cell.querySelector('[data-status="done"]')).not.toBeNull();
  });

  it('shows a quarter release as a band across the month, not on its first day', () => {
    render(<ReleaseCalendar roadmap={releasesByQuarter} now={EXAMPLE_NOW} defaultMonth="2026-02" />);
    const spans = screen.getByRole('list', { name: 'Spanning February 2026' });
    const band = within(spans).getByRole('listitem');
    expect(band).toHaveTextContent('v2.1.0 Funnels & Journeys · Q1 2026');
    expect(band).toHaveAttribute('data-continues-before', 'true');
    expect(band.style.getPropertyValue('--rk-release-calendar-span-start')).toBe('0');
    expect(band.style.getPropertyValue('--rk-release-calendar-span-end')).toBe('1');
    expect(screen.getByRole('gridcell', { name: /February 1st, 2026/ })).not.toHaveTextContent('v2.1.0');
  });

  it('selects a span release with a click on its band, and a day release with a click on its day', async () => {
    const user = userEvent.setup();
    const onSelectRelease = vi.fn();
    render(<ReleaseCalendar roadmap={releasesByQuarter} now={EXAMPLE_NOW} onSelectRelease={onSelectRelease} />);
    await user.click(screen.getByRole('button', { name: /v2\.1\.0 Funnels & Journeys/ }));
    expect(onSelectRelease).toHaveBeenLastCalledWith(releasesByQuarter.phases[1], [releasesByQuarter.phases[1]]);
    for (let step = 0; step < 3; step += 1) await user.click(screen.getByRole('button', { name: 'Previous month' }));
    await user.click(screen.getByRole('gridcell', { name: /December 16th, 2025/ }));
    expect(onSelectRelease).toHaveBeenLastCalledWith(releasesByQuarter.phases[0], [releasesByQuarter.phases[0]]);
    expect(onSelectRelease).toHaveBeenCalledTimes(2);
  });

  it('switches to quarter and year views listing each month', async () => {
    const user = userEvent.setup();
    render(<ReleaseCalendar roadmap={releasesByQuarter} now={EXAMPLE_NOW} />);
    await user.click(screen.getByRole('button', { name: 'Quarter' }));
    expect(screen.getByRole('button', { name: 'Quarter' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByText('Q1 2026')).toBeInTheDocument();
    const january = screen.getByRole('region', { name: 'January 2026' });
    expect(within(january).getByRole('button')).toHaveTextContent('v2.1.0 Funnels & Journeys · Q1 2026');
    await user.click(screen.getByRole('button', { name: 'Year' }));
    expect(screen.getAllByRole('region')).toHaveLength(12);
    expect(within(screen.getByRole('region', { name: 'July 2026' })).getByRole('button')).toHaveTextContent('v2.3.0 Warehouse Sync · H2 2026');
    await user.click(screen.getByRole('button', { name: 'Next year' }));
    expect(screen.getByText('2027')).toHaveAttribute('aria-live', 'polite');
  });

  it('draws projected releases apart and lists every cadence, including those without a period', () => {
    render(<ReleaseCalendar roadmap={milestonesWithMetrics} now={EXAMPLE_NOW} defaultMonth="2026-08" showProjected />);
    expect(screen.getByRole('gridcell', { name: /August 30th, 2026/ })).toHaveTextContent('Projected: Minor releases');
    const legend = screen.getByRole('list', { name: 'Release cadences' });
    expect(within(legend).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'ProjectedMinor releases: Every 2 months (x.y.0)',
      'ProjectedPatch releases: Every 2 weeks (x.y.z)',
      'Security fixes: Immediate (not drawn: no fixed period)',
    ]);
  });

  it('keeps projections out unless asked', () => {
    render(<ReleaseCalendar roadmap={milestonesWithMetrics} now={EXAMPLE_NOW} defaultMonth="2026-08" />);
    expect(screen.queryByText(/Projected/)).toBeNull();
  });

  it('uses the locale for names and the week start', () => {
    render(<ReleaseCalendar roadmap={releasesByQuarter} now={EXAMPLE_NOW} locale={de} />);
    const grid = screen.getByRole('grid', { name: 'März 2026' });
    expect(within(grid).getAllByRole('columnheader')[0]).toHaveTextContent('Montag');
    expect(within(grid).getAllByRole('row')[1]!.querySelector('td')).toHaveAttribute('data-date', '2026-02-23');
  });

  it('follows a controlled month and reports the one asked for', async () => {
    const user = userEvent.setup();
    const onMonthChange = vi.fn();
    function Host() {
      const [month, setMonth] = useState('2026-01');
      return (
        <ReleaseCalendar
          roadmap={releasesByQuarter}
          now={EXAMPLE_NOW}
          month={month}
          onMonthChange={(next) => {
            onMonthChange(next);
            setMonth(next);
          }}
        />
      );
    }
    render(<Host />);
    await user.click(screen.getByRole('button', { name: 'Next month' }));
    expect(onMonthChange).toHaveBeenCalledWith('2026-02');
    expect(screen.getByRole('grid', { name: 'February 2026' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Today' }));
    expect(screen.getByRole('grid', { name: 'March 2026' })).toBeInTheDocument();
  });

  it('shows the problems of an invalid roadmap instead of crashing', () => {
    render(<ReleaseCalendar roadmap={{ title: 'Broken', phases: 'nope' } as unknown as Roadmap} now={EXAMPLE_NOW} />);
    expect(screen.getByRole('alert')).toHaveTextContent('This roadmap could not be shown');
    expect(screen.queryByRole('grid')).toBeNull();
  });
});

describe.each(['ltr', 'rtl'] as const)('ReleaseCalendar keyboard (%s)', (dir) => {
  const forward = dir === 'ltr' ? '{ArrowRight}' : '{ArrowLeft}';
  const back = dir === 'ltr' ? '{ArrowLeft}' : '{ArrowRight}';

  it('walks the date grid: arrows by day and week, Home / End, PageUp / PageDown with and without Shift', async () => {
    const user = userEvent.setup();
    render(<ReleaseCalendar roadmap={releasesByQuarter} now={EXAMPLE_NOW} dir={dir} />);
    await user.click(screen.getByRole('gridcell', { name: /March 15th, 2026/ }));
    const focused = () => document.activeElement?.getAttribute('data-date');
    expect(focused()).toBe('2026-03-15');
    await user.keyboard(forward);
    expect(focused()).toBe('2026-03-16');
    await user.keyboard(back);
    await user.keyboard(back);
    expect(focused()).toBe('2026-03-14');
    await user.keyboard('{ArrowDown}');
    expect(focused()).toBe('2026-03-21');
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(focused()).toBe('2026-03-07');
    await user.keyboard('{Home}');
    expect(focused()).toBe('2026-03-01');
    await user.keyboard('{End}');
    expect(focused()).toBe('2026-03-07');
    await user.keyboard('{PageDown}');
    expect(focused()).toBe('2026-04-07');
    expect(screen.getByRole('grid', { name: 'April 2026' })).toBeInTheDocument();
    await user.keyboard('{Shift>}{PageUp}{/Shift}');
    expect(focused()).toBe('2025-04-07');
    await user.keyboard('{PageUp}');
    expect(focused()).toBe('2025-03-07');
    expect(screen.getByRole('grid', { name: 'March 2025' })).toHaveAttribute('role', 'grid');
  });

  it('selects the release of a day with Enter', async () => {
    const user = userEvent.setup();
    const onSelectRelease = vi.fn();
    render(<ReleaseCalendar roadmap={releasesByQuarter} now="2025-12-15" dir={dir} onSelectRelease={onSelectRelease} />);
    await user.click(screen.getByRole('gridcell', { name: /December 15th, 2025/ }));
    expect(onSelectRelease).not.toHaveBeenCalled();
    await user.keyboard(`${forward}{Enter}`);
    expect(onSelectRelease).toHaveBeenCalledWith(releasesByQuarter.phases[0], [releasesByQuarter.phases[0]]);
  });
});
