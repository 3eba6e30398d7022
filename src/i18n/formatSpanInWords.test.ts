import { formatSpanInWords } from './formatSpanInWords.js';

describe('formatSpanInWords', () => {
  it('says every precision without abbreviations', () => {
    expect(formatSpanInWords({ start: '2025-12-16', end: '2025-12-16', precision: 'day' })).toBe('16 December 2025');
    expect(formatSpanInWords({ start: '2026-03-09', end: '2026-03-15', precision: 'week' })).toBe('week of 9 March 2026');
    expect(formatSpanInWords({ start: '2026-03-01', end: '2026-03-31', precision: 'month' })).toBe('March 2026');
    expect(formatSpanInWords({ start: '2026-01-01', end: '2026-03-31', precision: 'quarter' })).toBe('January to March 2026');
    expect(formatSpanInWords({ start: '2026-07-01', end: '2026-12-31', precision: 'half' })).toBe('July to December 2026');
    expect(formatSpanInWords({ start: '2027-01-01', end: '2027-12-31', precision: 'year' })).toBe('2027');
  });

  it('says a range from its first to its last unit', () => {
    expect(formatSpanInWords({ start: '2024-10-01', end: '2025-03-31', precision: 'quarter' })).toBe('from October 2024 to March 2025');
    expect(formatSpanInWords({ start: '2026-01-05', end: '2026-02-20', precision: 'day' })).toBe('from 5 January 2026 to 20 February 2026');
  });
});
