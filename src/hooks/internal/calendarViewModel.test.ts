import { getMonthGrid } from '../../dates/getMonthGrid.js';
import { groupCalendarReleases, indexByKey } from '../../dates/groupCalendarReleases.js';
import type { ProjectedRelease } from '../../dates/projectCadenceReleases.js';
import { enUSDateLocale } from '../../i18n/enUSDateLocale.js';
import { calendarDateLabels } from '../../i18n/labels/calendarDateLabels.js';
import { timeScaleLabels } from '../../i18n/labels/timeScaleLabels.js';
import type { Phase } from '../../model/types.js';
import type { CalendarIndex } from './calendarViewModel.js';
import { calendarCaption, calendarMonths, calendarTabStop, calendarWeekdays, calendarWeeks } from './calendarViewModel.js';

const labels = { ...timeScaleLabels, ...calendarDateLabels };
const phase = (id: string, when: Phase['when']): Phase => ({ id, title: id, status: 'planned', when, groups: [], metrics: [] });
const projected = (id: string, date: string): ProjectedRelease => ({
  id,
  date,
  cadence: { label: 'Patch releases', every: { count: 2, unit: 'week' } },
  cadenceIndex: 0,
  kind: 'patch',
  anchor: { date: '2026-01-29', basis: 'now' },
});

// Two releases on one day, a month-long span, and a release on 1 March, which February's grid shows as an outside day.
const launch = phase('launch', { start: '2026-02-10', end: '2026-02-10', precision: 'day' });
const hotfix = phase('hotfix', { start: '2026-02-10', end: '2026-02-10', precision: 'day' });
const beta = phase('beta', { start: '2026-02-01', end: '2026-02-28', precision: 'month' });
const march = phase('march', { start: '2026-03-01', end: '2026-03-01', precision: 'day' });
const patches = [projected('p1', '2026-02-12'), projected('p2', '2026-03-01')];
const index: CalendarIndex = {
  releases: groupCalendarReleases([launch, beta, hotfix, march]),
  projectedByDay: indexByKey(patches, (release) => release.date),
  projectedByMonth: indexByKey(patches, (release) => release.date.slice(0, 7)),
};
const february = getMonthGrid('2026-02', 1);

describe('calendarTabStop', () => {
  it('keeps the chosen day while it is in the month shown, else takes today there, else the 1st', () => {
    expect(calendarTabStop('2026-02', '2026-02-20', '2026-02-10')).toBe('2026-02-20');
    expect(calendarTabStop('2026-02', '2026-03-20', '2026-02-10')).toBe('2026-02-10');
    expect(calendarTabStop('2026-02', undefined, '2026-02-10')).toBe('2026-02-10');
    expect(calendarTabStop('2026-04', '2026-03-20', '2026-02-10')).toBe('2026-04-01');
  });
});

describe('calendarCaption', () => {
  it('names the month, its quarter or its year', () => {
    expect(calendarCaption('2026-05', 'month', labels, enUSDateLocale)).toBe('May 2026');
    expect(calendarCaption('2026-05', 'quarter', labels, enUSDateLocale)).toBe('Q2 2026');
    expect(calendarCaption('2026-05', 'year', labels, enUSDateLocale)).toBe('2026');
  });
});

describe('calendarWeeks', () => {
  const weeks = calendarWeeks(february, index, { today: '2026-02-10', focusedDate: '2026-02-12', labels, locale: enUSDateLocale });

  it('gives each day its releases in document order and its projections, none on days outside the month', () => {
    const busy = weeks.flat().filter((day) => day.releases.length > 0 || day.projected.length > 0);
    expect(busy.map((day) => [day.date, day.releases.map((release) => release.id), day.projected.map((release) => release.id)])).toEqual([
      ['2026-02-10', ['launch', 'hotfix'], []],
      ['2026-02-12', [], ['p1']],
    ]);
    expect(weeks[4]![6]).toMatchObject({ date: '2026-03-01', isOutside: true, releases: [], projected: [] });
  });

  it('marks today and the tab stop, and names each day in full', () => {
    const { releases: _releases, projected: _projected, ...tuesday } = weeks[2]![1]!;
    expect(tuesday).toEqual({ date: '2026-02-10', dayOfMonth: 10, weekday: 2, isOutside: false, isToday: true, isFocused: false, label: 'Tuesday, February 10th, 2026' });
    expect(weeks.flat().filter((day) => day.isFocused).map((day) => day.date)).toEqual(['2026-02-12']);
    expect(weeks.flat().filter((day) => day.isToday).map((day) => day.date)).toEqual(['2026-02-10']);
  });
});

describe('calendarWeekdays', () => {
  it('names the columns from the grid, Monday first when the week starts on Monday', () => {
    expect(calendarWeekdays(february[0]!, labels, enUSDateLocale)).toEqual([
      { weekday: 1, short: 'Mon', long: 'Monday' },
      { weekday: 2, short: 'Tue', long: 'Tuesday' },
      { weekday: 3, short: 'Wed', long: 'Wednesday' },
      { weekday: 4, short: 'Thu', long: 'Thursday' },
      { weekday: 5, short: 'Fri', long: 'Friday' },
      { weekday: 6, short: 'Sat', long: 'Saturday' },
      { weekday: 0, short: 'Sun', long: 'Sunday' },
    ]);
  });
});

describe('calendarMonths', () => {
  it('lists the months of a quarter with their releases, spans and projections', () => {
    const months = calendarMonths('2026-02', 'quarter', index, labels, enUSDateLocale);
    expect(
      months.map((month) => ({
        month: month.month,
        caption: month.caption,
        releases: month.releases.map((release) => release.id),
        spans: month.spans.map(({ phase: { id }, ...placement }) => ({ id, ...placement })),
        projected: month.projected.map((release) => release.id),
      })),
    ).toEqual([
      { month: '2026-01', caption: 'January 2026', releases: [], spans: [], projected: [] },
      {
        month: '2026-02',
        caption: 'February 2026',
        releases: ['launch', 'hotfix'],
        spans: [{ id: 'beta', startDay: 1, endDay: 28, daysInMonth: 28, continuesBefore: false, continuesAfter: false }],
        projected: ['p1'],
      },
      { month: '2026-03', caption: 'March 2026', releases: ['march'], spans: [], projected: ['p2'] },
    ]);
  });

  it('gives the month view its one month', () => {
    expect(calendarMonths('2026-03', 'month', index, labels, enUSDateLocale).map((month) => month.month)).toEqual(['2026-03']);
  });
});
