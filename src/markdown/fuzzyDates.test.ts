import { findDate } from './fuzzyDates.js';

const now = '2026-03-15';

function spanOf(text: string, yearlessMonths = false) {
  return findDate(text, { now, yearlessMonths })?.span;
}

describe('findDate', () => {
  it('reads a quarter with its year in either order', () => {
    expect(spanOf('Q1 2026')).toEqual({ start: '2026-01-01', end: '2026-03-31', precision: 'quarter', label: 'Q1 2026' });
    expect(spanOf('2025-Q4')).toEqual({ start: '2025-10-01', end: '2025-12-31', precision: 'quarter', label: '2025-Q4' });
    expect(spanOf("Q3'26")).toEqual({ start: '2026-07-01', end: '2026-09-30', precision: 'quarter', label: "Q3'26" });
  });

  it('reads a quarter range that shares one year', () => {
    expect(spanOf('Phase 2: General Availability (Q3-Q4 2025)')).toEqual({ start: '2025-07-01', end: '2025-12-31', precision: 'quarter', label: 'Q3-Q4 2025' });
  });

  it('reads a range across years', () => {
    expect(spanOf('Alpha (Q4 2024 - Q1 2025)')).toEqual({ start: '2024-10-01', end: '2025-03-31', precision: 'quarter', label: 'Q4 2024 - Q1 2025' });
    expect(spanOf('2025–2026')).toEqual({ start: '2025-01-01', end: '2026-12-31', precision: 'year', label: '2025–2026' });
  });

  it('joins a month and a quarter with the precision of the coarser end', () => {
    expect(spanOf('Nov 2024 to Q1 2025')).toEqual({ start: '2024-11-01', end: '2025-03-31', precision: 'quarter', label: 'Nov 2024 to Q1 2025' });
  });

  it('lets a year-less month range borrow its year, across the new year when needed', () => {
    expect(spanOf('Jan-Mar 2026')).toEqual({ start: '2026-01-01', end: '2026-03-31', precision: 'month', label: 'Jan-Mar 2026' });
    expect(spanOf('Nov - Feb 2026')).toEqual({ start: '2025-11-01', end: '2026-02-28', precision: 'month', label: 'Nov - Feb 2026' });
  });

  it('reads halves', () => {
    expect(spanOf('H2 2026')).toEqual({ start: '2026-07-01', end: '2026-12-31', precision: 'half', label: 'H2 2026' });
    expect(spanOf('2027 H1')).toEqual({ start: '2027-01-01', end: '2027-06-30', precision: 'half', label: '2027 H1' });
  });

  it('reads a year, and a year with a plus as that year', () => {
    expect(spanOf('Enterprise Edition (2026)')).toEqual({ start: '2026-01-01', end: '2026-12-31', precision: 'year', label: '2026' });
    expect(spanOf('2027+')).toEqual({ start: '2027-01-01', end: '2027-12-31', precision: 'year', label: '2027+' });
  });

  it('reads the end, start and middle of a year as quarters', () => {
    expect(spanOf('end of 2026')).toEqual({ start: '2026-10-01', end: '2026-12-31', precision: 'quarter', label: 'end of 2026' });
    expect(spanOf('early 2027')).toEqual({ start: '2027-01-01', end: '2027-03-31', precision: 'quarter', label: 'early 2027' });
    expect(spanOf('mid 2026')).toEqual({ start: '2026-04-01', end: '2026-09-30', precision: 'quarter', label: 'mid 2026' });
  });

  it('reads month names in any case and abbreviated', () => {
    expect(spanOf('February 2025')).toEqual({ start: '2025-02-01', end: '2025-02-28', precision: 'month', label: 'February 2025' });
    expect(spanOf('FEBRUARY 2025')).toEqual({ start: '2025-02-01', end: '2025-02-28', precision: 'month', label: 'FEBRUARY 2025' });
    expect(spanOf('sept. 2025')).toEqual({ start: '2025-09-01', end: '2025-09-30', precision: 'month', label: 'sept. 2025' });
  });

  it('reads days written with a month name', () => {
    expect(spanOf('March 15, 2025')).toEqual({ start: '2025-03-15', end: '2025-03-15', precision: 'day', label: 'March 15, 2025' });
    expect(spanOf('3rd June 2025')).toEqual({ start: '2025-06-03', end: '2025-06-03', precision: 'day', label: '3rd June 2025' });
  });

  it('reads ISO days and months', () => {
    expect(spanOf('Released - 2026-02-09')).toEqual({ start: '2026-02-09', end: '2026-02-09', precision: 'day', label: '2026-02-09' });
    expect(spanOf('2026-05')).toEqual({ start: '2026-05-01', end: '2026-05-31', precision: 'month', label: '2026-05' });
  });

  it('skips impossible days', () => {
    expect(spanOf('2026-02-30')).toBeUndefined();
    expect(spanOf('February 30, 2026')).toBeUndefined();
  });

  it('takes a year-less month only where a date is expected', () => {
    expect(spanOf('we may ship it')).toBeUndefined();
    expect(spanOf('March', true)).toEqual({ start: '2026-03-01', end: '2026-03-31', precision: 'month', label: 'March' });
  });

  it('resolves relative periods against now', () => {
    expect(spanOf('next quarter')).toEqual({ start: '2026-04-01', end: '2026-06-30', precision: 'quarter', label: 'next quarter' });
    expect(spanOf('this month')).toEqual({ start: '2026-03-01', end: '2026-03-31', precision: 'month', label: 'this month' });
  });

  it('keeps a relative week as a timeframe without a span', () => {
    expect(findDate('Milestone 3: Observability (Week 3)', { now })).toEqual({ index: 28, length: 6, timeframe: 'Week 3' });
  });

  it('finds nothing in text without a date', () => {
    expect(findDate('Observability & Integrations', { now })).toBeUndefined();
    expect(findDate('10,000+ secrets and 1000+ targets', { now })).toBeUndefined();
  });

  it('reads a range of days without a year in the year of now', () => {
    expect(spanOf('(Mar 3 – Mar 14)')).toEqual({ start: '2026-03-03', end: '2026-03-14', precision: 'day', label: 'Mar 3 – Mar 14' });
  });
});
