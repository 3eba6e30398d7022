import { dayNumber, isoFromDayNumber } from './dayNumber.js';

describe('dayNumber', () => {
  it('counts days since 1970-01-01 across leap days, centuries and eras', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('1969-12-31')).toBe(-1);
    expect(dayNumber('2000-03-01') - dayNumber('2000-02-28')).toBe(2);
    expect(dayNumber('1900-03-01') - dayNumber('1900-02-28')).toBe(1);
    expect(dayNumber('2026-03-15')).toBe(20_527);
  });

  it('agrees with the calendar for every day of four centuries', () => {
    const wrong: number[] = [];
    for (let day = -146_097; day < 146_097 * 2; day += 1) if (dayNumber(isoFromDayNumber(day)) !== day) wrong.push(day);
    expect(wrong).toEqual([]);
  });
});
