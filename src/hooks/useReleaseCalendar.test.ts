import { act, renderHook } from '@testing-library/react';
import { de } from 'date-fns/locale/de';
import { ja } from 'date-fns/locale/ja';
import type { KeyboardEvent } from 'react';
import { EXAMPLE_NOW } from '../examples/exampleNow.js';
import { milestonesWithMetrics } from '../examples/milestonesWithMetrics.js';
import { numberedPhases } from '../examples/numberedPhases.js';
import { releasesByQuarter } from '../examples/releasesByQuarter.js';
import type { Roadmap } from '../model/types.js';
import { useReleaseCalendar } from './useReleaseCalendar.js';

const empty: Roadmap = { title: 'Empty', phases: [], metrics: [], cadences: [] };

function key(name: string, shiftKey = false) {
  return { key: name, shiftKey, altKey: false, ctrlKey: false, metaKey: false, defaultPrevented: false, preventDefault() {} } as unknown as KeyboardEvent<HTMLElement>;
}

describe('useReleaseCalendar grids', () => {
  it('lays out February 2026, which starts on a Sunday, as exactly four Sunday-first weeks', () => {
    const { result } = renderHook(() => useReleaseCalendar(empty, { month: '2026-02', weekStartsOn: 0, now: EXAMPLE_NOW }));
    expect(result.current.weeks.map((week) => week.map((day) => day.dayOfMonth))).toEqual([
      [1, 2, 3, 4, 5, 6, 7],
      [8, 9, 10, 11, 12, 13, 14],
      [15, 16, 17, 18, 19, 20, 21],
      [22, 23, 24, 25, 26, 27, 28],
    ]);
    expect(result.current.weeks.flat().some((day) => day.isOutside)).toBe(false);
    expect(result.current.weekdays.map((day) => day.short)).toEqual(['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']);
  });

  it('needs five Monday-first weeks for the same month, with January and March days flagged outside', () => {
    const { result } = renderHook(() => useReleaseCalendar(empty, { month: '2026-02', weekStartsOn: 1, now: EXAMPLE_NOW }));
    const weeks = result.current.weeks;
    expect(weeks.map((week) => week.map((day) => day.dayOfMonth))).toEqual([
      [26, 27, 28, 29, 30, 31, 1],
      [2, 3, 4, 5, 6, 7, 8],
      [9, 10, 11, 12, 13, 14, 15],
      [16, 17, 18, 19, 20, 21, 22],
      [23, 24, 25, 26, 27, 28, 1],
    ]);
    expect(weeks[0]!.map((day) => day.isOutside)).toEqual([true, true, true, true, true, true, false]);
    expect(weeks[0]![0]!.date).toBe('2026-01-26');
    expect(weeks[4]![6]).toMatchObject({ date: '2026-03-01', isOutside: true, weekday: 0 });
    expect(result.current.weekdays.map((day) => day.long)).toEqual(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
  });

  it('gives leap February 2024 its 29th day', () => {
    const { result } = renderHook(() => useReleaseCalendar(empty, { month: '2024-02', now: EXAMPLE_NOW }));
    expect(result.current.weeks.map((week) => week.map((day) => day.dayOfMonth))).toEqual([
      [28, 29, 30, 31, 1, 2, 3],
      [4, 5, 6, 7, 8, 9, 10],
      [11, 12, 13, 14, 15, 16, 17],
      [18, 19, 20, 21, 22, 23, 24],
      [25, 26, 27, 28, 29, 1, 2],
    ]);
    expect(result.current.weeks[4]![4]).toMatchObject({ date: '2024-02-29', isOutside: false, weekday: 4 });
    expect(result.current.caption).toBe('February 2024');
  });

  it('crosses the year boundary: December 2025 ends in January 2026 and next goes to 2026-01', () => {
    const onMonthChange = vi.fn();
    const { result } = renderHook(() => useReleaseCalendar(releasesByQuarter, { defaultMonth: '2025-12', locale: de, now: EXAMPLE_NOW, onMonthChange }));
    expect(result.current.weekStartsOn).toBe(1);
    expect(result.current.weeks.at(-1)!.map((day) => day.date)).toEqual([
      '2025-12-29',
      '2025-12-30',
      '2025-12-31',
      '2026-01-01',
      '2026-01-02',
      '2026-01-03',
      '2026-01-04',
    ]);
    expect(result.current.caption).toBe('Dezember 2025');
    expect(result.current.weekdays.map((day) => day.short)).toEqual(['Mo.', 'Di.', 'Mi.', 'Do.', 'Fr.', 'Sa.', 'So.']);
    act(() => result.current.goToNext());
    expect(result.current.month).toBe('2026-01');
    expect(onMonthChange).toHaveBeenCalledWith('2026-01');
    expect(result.current.caption).toBe('Januar 2026');
  });

  it('takes the week start from a Japanese locale, Sunday', () => {
    const { result } = renderHook(() => useReleaseCalendar(empty, { month: '2026-03', locale: ja, now: EXAMPLE_NOW }));
    expect(result.current.weekStartsOn).toBe(0);
    expect(result.current.weekdays.map((day) => day.short)).toEqual(['日', '月', '火', '水', '木', '金', '土']);
  });
});

describe('useReleaseCalendar releases', () => {
  it('puts a day-precision release on its day, and only there', () => {
    const { result } = renderHook(() => useReleaseCalendar(releasesByQuarter, { month: '2025-12', now: EXAMPLE_NOW }));
    const withReleases = result.current.weeks.flat().filter((day) => day.releases.length > 0);
    expect(withReleases.map((day) => [day.date, day.releases.map((phase) => phase.version)])).toEqual([['2025-12-16', ['v2.0.0']]]);
    expect(result.current.spans).toEqual([]);
  });

  it('draws a quarter-precision release across every day of its months, never on the 1st alone', () => {
    const { result } = renderHook(() => useReleaseCalendar(releasesByQuarter, { month: '2026-02', now: EXAMPLE_NOW }));
    expect(result.current.weeks.flat().every((day) => day.releases.length === 0)).toBe(true);
    expect(result.current.spans.map(({ phase, ...placement }) => [phase.version, placement])).toEqual([
      ['v2.1.0', { startDay: 1, endDay: 28, daysInMonth: 28, continuesBefore: true, continuesAfter: true }],
    ]);
  });

  it('lists the three months of a quarter with the quarter release in each', () => {
    const { result } = renderHook(() => useReleaseCalendar(releasesByQuarter, { month: '2026-05', view: 'quarter', now: EXAMPLE_NOW }));
    expect(result.current.caption).toBe('Q2 2026');
    expect(
      result.current.months.map((month) => [month.month, month.caption, month.spans.map((span) => [span.phase.version, span.continuesBefore, span.continuesAfter])]),
    ).toEqual([
      ['2026-04', 'April 2026', [['v2.2.0', false, true]]],
      ['2026-05', 'May 2026', [['v2.2.0', true, true]]],
      ['2026-06', 'June 2026', [['v2.2.0', true, false]]],
    ]);
  });

  it('reads a whole year at once: a range of quarters and a year-precision phase', () => {
    const { result } = renderHook(() => useReleaseCalendar(numberedPhases, { month: '2025-03', view: 'year', now: EXAMPLE_NOW }));
    expect(result.current.caption).toBe('2025');
    expect(result.current.months.map((month) => month.spans.map((span) => span.phase.version))).toEqual([
      ['Phase 0'],
      ['Phase 0'],
      ['Phase 0'],
      ['Phase 1'],
      ['Phase 1'],
      ['Phase 1'],
      ['Phase 2'],
      ['Phase 2'],
      ['Phase 2'],
      ['Phase 2'],
      ['Phase 2'],
      ['Phase 2'],
    ]);
  });

  it('projects minor releases every 2 months from the last x.y.0 release, only when asked', () => {
    const { result, rerender } = renderHook((showProjected: boolean) => useReleaseCalendar(milestonesWithMetrics, { now: EXAMPLE_NOW, showProjected }), {
      initialProps: false,
    });
    expect(result.current.projected).toEqual([]);
    rerender(true);
    const minor = result.current.projected.filter((release) => release.kind === 'minor');
    expect(minor.map((release) => release.date)).toEqual(['2026-08-30', '2026-10-30', '2026-12-30', '2027-02-28']);
    expect(minor[0]!.anchor).toEqual({ date: '2026-06-30', basis: 'kind', phase: milestonesWithMetrics.phases[5] });
    expect(result.current.cadences.map((cadence) => [cadence.cadence.label, cadence.kind, cadence.isProjected, cadence.projectedCount])).toEqual([
      ['Minor releases', 'minor', true, 4],
      ['Patch releases', 'patch', true, 18],
      ['Security fixes', undefined, false, 0],
    ]);
    act(() => result.current.setMonth('2026-08'));
    const august30 = result.current.weeks.flat().find((day) => day.date === '2026-08-30')!;
    expect(august30.projected.map((release) => release.cadence.label)).toEqual(['Minor releases']);
  });
});

describe('useReleaseCalendar focus and keyboard', () => {
  it('opens on the month of now with today as the single tab stop, marked current', () => {
    const { result } = renderHook(() => useReleaseCalendar(releasesByQuarter, { now: EXAMPLE_NOW }));
    expect(result.current.month).toBe('2026-03');
    expect(result.current.focusedDate).toBe('2026-03-15');
    const today = result.current.weeks.flat().find((day) => day.isToday)!;
    const props = result.current.getCellProps(today);
    expect(props).toMatchObject({
      role: 'gridcell',
      tabIndex: 0,
      'aria-selected': true,
      'aria-current': 'date',
      'data-date': '2026-03-15',
      'data-today': true,
      'data-outside': undefined,
    });
    const others = result.current.weeks.flat().filter((day) => !day.isToday).map((day) => result.current.getCellProps(day).tabIndex);
    expect(new Set(others)).toEqual(new Set([-1]));
    expect(today.label).toBe('Sunday, March 15th, 2026');
  });

  it.each([
    ['ArrowRight', false, '2026-03-16'],
    ['ArrowLeft', false, '2026-03-14'],
    ['ArrowDown', false, '2026-03-22'],
    ['ArrowUp', false, '2026-03-08'],
    ['Home', false, '2026-03-15'],
    ['End', false, '2026-03-21'],
    ['PageDown', false, '2026-04-15'],
    ['PageUp', false, '2026-02-15'],
    ['PageDown', true, '2027-03-15'],
    ['PageUp', true, '2025-03-15'],
  ])('moves the tab stop with %s (shift: %s) to %s, changing month when it leaves it', (name, shift, expected) => {
    const { result } = renderHook(() => useReleaseCalendar(releasesByQuarter, { now: EXAMPLE_NOW, dir: 'ltr' }));
    act(() => result.current.getGridProps().onKeyDown(key(name, shift)));
    expect(result.current.focusedDate).toBe(expected);
    expect(result.current.month).toBe(expected.slice(0, 7));
  });

  it('flips the horizontal arrows in right-to-left layouts', () => {
    const { result } = renderHook(() => useReleaseCalendar(releasesByQuarter, { now: EXAMPLE_NOW, dir: 'rtl' }));
    act(() => result.current.getGridProps().onKeyDown(key('ArrowRight')));
    expect(result.current.focusedDate).toBe('2026-03-14');
  });

  it('clamps a month step to the last day: 31 January + PageDown is 28 February', () => {
    const { result } = renderHook(() => useReleaseCalendar(empty, { now: '2026-01-31', dir: 'ltr' }));
    act(() => result.current.getGridProps().onKeyDown(key('PageDown')));
    expect(result.current.focusedDate).toBe('2026-02-28');
  });

  it('walks from 31 December into January 2026 with ArrowRight', () => {
    const { result } = renderHook(() => useReleaseCalendar(empty, { now: '2025-12-31', dir: 'ltr' }));
    act(() => result.current.getGridProps().onKeyDown(key('ArrowRight')));
    expect([result.current.month, result.current.focusedDate]).toEqual(['2026-01', '2026-01-01']);
  });

  it('selects the releases of the focused day with Enter', () => {
    const onSelectRelease = vi.fn();
    const { result } = renderHook(() => useReleaseCalendar(releasesByQuarter, { now: '2025-12-16', onSelectRelease }));
    act(() => result.current.getGridProps().onKeyDown(key('Enter')));
    expect(onSelectRelease).toHaveBeenCalledWith(releasesByQuarter.phases[0], [releasesByQuarter.phases[0]]);
  });

  it('moves a quarter view by whole quarters and comes back to today', () => {
    const { result } = renderHook(() => useReleaseCalendar(empty, { now: EXAMPLE_NOW, defaultView: 'quarter' }));
    act(() => result.current.goToPrevious());
    expect([result.current.month, result.current.caption]).toEqual(['2025-12', 'Q4 2025']);
    act(() => result.current.setView('year'));
    act(() => result.current.goToNext());
    expect([result.current.month, result.current.caption]).toEqual(['2026-12', '2026']);
    act(() => result.current.goToToday());
    expect([result.current.month, result.current.focusedDate]).toEqual(['2026-03', '2026-03-15']);
  });
});

describe('useReleaseCalendar at the end of the supported range (#14)', () => {
  it('opens on December 9999 when now is 9999-12-31 and stays there: next, a click on 10000-01-01, ArrowRight', () => {
    const { result } = renderHook(() => useReleaseCalendar(empty, { now: '9999-12-31', weekStartsOn: 0, dir: 'ltr' }));
    expect([result.current.month, result.current.focusedDate, result.current.weeks.at(-1)!.at(-1)!.date]).toEqual(['9999-12', '9999-12-31', '10000-01-01']);
    act(() => result.current.goToNext());
    expect(result.current.month).toBe('9999-12');
    act(() => result.current.focusDate('10000-01-01'));
    expect([result.current.month, result.current.focusedDate]).toEqual(['9999-12', '9999-12-31']);
    act(() => result.current.getGridProps().onKeyDown(key('ArrowRight')));
    expect([result.current.month, result.current.focusedDate]).toEqual(['9999-12', '9999-12-31']);
  });

  it('stays on January 0001 going back', () => {
    const { result } = renderHook(() => useReleaseCalendar(empty, { now: '0001-01-01', weekStartsOn: 0, dir: 'ltr' }));
    act(() => result.current.goToPrevious());
    act(() => result.current.getGridProps().onKeyDown(key('ArrowLeft')));
    expect([result.current.month, result.current.focusedDate, result.current.weeks[0]![0]!.date]).toEqual(['0001-01', '0001-01-01', '0000-12-31']);
  });
});
