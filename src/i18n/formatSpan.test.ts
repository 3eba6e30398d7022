import { de } from 'date-fns/locale/de';
import { formatSpan } from './formatSpan.js';

describe('formatSpan', () => {
  it('writes each precision the way a roadmap reader expects', () => {
    expect(formatSpan({ start: '2026-02-09', end: '2026-02-09', precision: 'day' })).toBe('9 Feb 2026');
    expect(formatSpan({ start: '2025-02-01', end: '2025-02-28', precision: 'month' })).toBe('Feb 2025');
    expect(formatSpan({ start: '2026-01-01', end: '2026-03-31', precision: 'quarter' })).toBe('Q1 2026');
    expect(formatSpan({ start: '2026-07-01', end: '2026-12-31', precision: 'half' })).toBe('H2 2026');
    expect(formatSpan({ start: '2027-01-01', end: '2027-12-31', precision: 'year' })).toBe('2027');
  });

  it('writes a range from its first to its last unit', () => {
    expect(formatSpan({ start: '2024-10-01', end: '2025-03-31', precision: 'quarter' })).toBe('Q4 2024 – Q1 2025');
    expect(formatSpan({ start: '2026-03-02', end: '2026-03-20', precision: 'day' })).toBe('2 Mar 2026 – 20 Mar 2026');
  });

  it('names a whole Monday-to-Sunday week by its first day, and writes any other week span as a range', () => {
    expect(formatSpan({ start: '2026-02-09', end: '2026-02-15', precision: 'week' })).toBe('9 Feb 2026');
    expect(formatSpan({ start: '2026-02-11', end: '2026-02-15', precision: 'week' })).toBe('11 Feb 2026 – 15 Feb 2026');
    expect(formatSpan({ start: '2026-02-08', end: '2026-02-14', precision: 'week' })).toBe('8 Feb 2026 – 14 Feb 2026');
    expect(formatSpan({ start: '2026-02-09', end: '2026-02-22', precision: 'week' })).toBe('9 Feb 2026 – 22 Feb 2026');
  });

  it('writes a part of one month, quarter or half as that unit', () => {
    expect(formatSpan({ start: '2026-02-01', end: '2026-02-15', precision: 'month' })).toBe('Feb 2026');
    expect(formatSpan({ start: '2026-04-15', end: '2026-05-31', precision: 'quarter' })).toBe('Q2 2026');
  });

  it('uses the locale for month names', () => {
    expect(formatSpan({ start: '2025-03-01', end: '2025-03-31', precision: 'month' }, de)).toBe('Mär 2025');
  });
});
