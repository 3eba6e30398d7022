import { compareIsoDates } from './compareIsoDates.js';
import { dayNumber, isoFromDayNumber } from './dayNumber.js';
import { clampIsoDate, MAX_ISO_DATE, MIN_ISO_DATE } from './supportedRange.js';

describe('compareIsoDates', () => {
  it('orders dates as dates where string order is wrong: a five-digit year comes after 9999 (#14)', () => {
    expect('10000-01-01' < '9999-12-31').toBe(true);
    expect(compareIsoDates('10000-01-01', '9999-12-31')).toBe(1);
    expect(compareIsoDates('-0001-12-31', '0000-01-01')).toBe(-1);
  });

  it('orders four-digit dates as the calendar does', () => {
    expect(['2026-03-15', '0001-01-01', '9999-12-31', '2026-03-14'].sort(compareIsoDates)).toEqual(['0001-01-01', '2026-03-14', '2026-03-15', '9999-12-31']);
    expect(compareIsoDates('2026-03-15', '2026-03-15')).toBe(0);
  });
});

describe('clampIsoDate', () => {
  it('keeps a day inside 0001-01-01 … 9999-12-31', () => {
    expect(['10000-01-01', '0000-12-31', '-0044-03-15', '2026-03-15'].map(clampIsoDate)).toEqual([MAX_ISO_DATE, MIN_ISO_DATE, MIN_ISO_DATE, '2026-03-15']);
  });
});

describe('dayNumber past the supported range', () => {
  it('counts days of years with five digits or a sign, so edge arithmetic stays exact', () => {
    expect(dayNumber('10000-01-01') - dayNumber('9999-12-31')).toBe(1);
    expect(dayNumber('0001-01-01') - dayNumber('0000-12-31')).toBe(1);
    expect([isoFromDayNumber(dayNumber('10000-01-01')), isoFromDayNumber(dayNumber('0000-12-31'))]).toEqual(['10000-01-01', '0000-12-31']);
  });
});
