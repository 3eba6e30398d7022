import { act, render, screen } from '@testing-library/react';
import { ReleaseCalendar } from '../../components/ReleaseCalendar/ReleaseCalendar.js';
import type { Roadmap } from '../../model/types.js';

const roadmap: Roadmap = { title: 'Midnight', phases: [], metrics: [], cadences: [] };

afterEach(() => {
  vi.useRealTimers();
});

describe('useToday on an open page', () => {
  it('moves today, and the month shown by default, over at local midnight', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date(2026, 11, 31, 23, 59, 58));
    render(<ReleaseCalendar roadmap={roadmap} />);
    expect(screen.getByRole('grid', { name: 'December 2026' }).querySelector('[aria-current="date"]')).toHaveAttribute('data-date', '2026-12-31');
    act(() => {
      vi.advanceTimersByTime(5_000);
    });
    expect(screen.getByRole('grid', { name: 'January 2027' }).querySelector('[aria-current="date"]')).toHaveAttribute('data-date', '2027-01-01');
  });

  it('keeps a month the reader picked when the day turns over', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date(2026, 11, 31, 23, 59, 58));
    render(<ReleaseCalendar roadmap={roadmap} defaultMonth="2026-06" />);
    act(() => {
      vi.advanceTimersByTime(5_000);
    });
    expect(screen.getByRole('grid', { name: 'June 2026' })).toBeInTheDocument();
  });
});
