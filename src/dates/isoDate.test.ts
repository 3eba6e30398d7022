import { format, isValid } from 'date-fns';
import { isIsoDate } from '../model/isIsoDate.js';
import { parseIsoDate, resolveNow, toIsoDate } from './isoDate.js';

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

describe('isIsoDate', () => {
  it('accepts real days, leap days by the Gregorian rule, and years below 100', () => {
    expect(['2024-02-29', '2000-02-29', '2026-04-30', '2026-12-31', '0099-01-01', '0004-02-29'].map(isIsoDate)).toEqual([true, true, true, true, true, true]);
  });

  it('rejects days that do not exist and anything not written YYYY-MM-DD', () => {
    const rejected = ['2026-02-29', '1900-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00', '2026-1-05', '2026-01-05T00:00', 20260105, null];
    expect(rejected.map(isIsoDate)).toEqual(rejected.map(() => false));
  });

  it('accepts 0001-01-01 to 9999-12-31 only: year 0000 and five-digit years are outside the supported range', () => {
    expect(['0001-01-01', '9999-12-31', '0000-12-31', '10000-01-01', '+2026-01-01'].map(isIsoDate)).toEqual([true, true, false, false, false]);
  });

  it('agrees with parseIsoDate on every day of a leap year and a common year', () => {
    for (const year of [2024, 2026]) {
      for (let month = 1; month <= 12; month += 1) {
        for (let day = 1; day <= 31; day += 1) {
          const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          expect(isIsoDate(iso), iso).toBe(isValid(parseIsoDate(iso)));
        }
      }
    }
  });
});

describe('toIsoDate', () => {
  it("writes years as ISO 8601 does: four digits at least, year 0 as 0000 and earlier ones signed (date-fns 'yyyy' writes 1 BC as 0001)", () => {
    const days = [[2026, 0, 1], [2026, 11, 31], [2024, 1, 29], [999, 6, 3], [99, 8, 9], [0, 0, 1], [-44, 2, 15], [10000, 10, 22]].map(([year, month, day]) => {
      const date = new Date(2000, 0, 1);
      date.setFullYear(year!, month!, day!);
      return date;
    });
    expect(days.slice(0, 5).map(toIsoDate)).toEqual(days.slice(0, 5).map((date) => format(date, 'yyyy-MM-dd')));
    expect(days.map(toIsoDate)).toEqual(['2026-01-01', '2026-12-31', '2024-02-29', '0999-07-03', '0099-09-09', '0000-01-01', '-0044-03-15', '10000-11-22']);
  });

  it('writes the days just outside the supported range so that they parse back to the same day (#14)', () => {
    for (const iso of ['0000-12-31', '10000-01-01']) expect(toIsoDate(parseIsoDate(iso))).toBe(iso);
  });

  it('rejects an invalid date as date-fns format did', () => {
    expect(() => toIsoDate(new Date(Number.NaN))).toThrow(new RangeError('Invalid time value'));
  });
});

describe('resolveNow', () => {
  it('keeps today inside 0001-01-01 … 9999-12-31, whatever the host passes (#14)', () => {
    const farFuture = new Date(2000, 0, 1);
    farFuture.setFullYear(20_000);
    expect([resolveNow('9999-12-31'), resolveNow(farFuture), resolveNow('0000-06-01T00:00:00')]).toEqual(['9999-12-31', '9999-12-31', '0001-01-01']);
  });
});
