import { format, isValid } from 'date-fns';
import { parseIsoDate, toIsoDate } from './isoDate.js';

describe('parseIsoDate', () => {
  it('gives local midnight of the same calendar day in every zone', () => {
    const date = parseIsoDate('2024-02-29');
    expect([date.getFullYear(), date.getMonth(), date.getDate(), date.getHours(), date.getMinutes()]).toEqual([2024, 1, 29, 0, 0]);
    expect(toIsoDate(date)).toBe('2024-02-29');
  });

  it('keeps years below 100 as written', () => {
    expect(toIsoDate(parseIsoDate('0099-12-31'))).toBe('0099-12-31');
  });

  it('gives an invalid date for text that is not a real YYYY-MM-DD day', () => {
    expect(['2026-02-30', '2026-2-3', 'soon', ''].map((text) => isValid(parseIsoDate(text)))).toEqual([false, false, false, false]);
  });
});

describe('toIsoDate', () => {
  it("writes every day as date-fns format(date, 'yyyy-MM-dd') does, short, long and BC years too", () => {
    const days = [[2026, 0, 1], [2026, 11, 31], [2024, 1, 29], [999, 6, 3], [99, 8, 9], [0, 0, 1], [-44, 2, 15], [10000, 10, 22]].map(([year, month, day]) => {
      const date = new Date(2000, 0, 1);
      date.setFullYear(year!, month!, day!);
      return date;
    });
    expect(days.map(toIsoDate)).toEqual(days.map((date) => format(date, 'yyyy-MM-dd')));
    expect(days.map(toIsoDate)).toEqual(['2026-01-01', '2026-12-31', '2024-02-29', '0999-07-03', '0099-09-09', '0001-01-01', '0045-03-15', '10000-11-22']);
  });

  it('rejects an invalid date as date-fns format did', () => {
    expect(() => toIsoDate(new Date(Number.NaN))).toThrow(new RangeError('Invalid time value'));
  });
});
