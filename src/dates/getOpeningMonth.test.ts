import type { DateSpan } from '../model/types.js';
import { getOpeningMonth } from './getOpeningMonth.js';

const day = (iso: string): { when: DateSpan } => ({ when: { start: iso, end: iso, precision: 'day' } });
const quarter = (start: string, end: string): { when: DateSpan } => ({ when: { start, end, precision: 'quarter' } });

describe('getOpeningMonth (issue 12)', () => {
  it('opens on the nearest upcoming release, whatever the document order', () => {
    expect(getOpeningMonth([day('2027-05-01'), day('2025-01-10'), day('2027-01-15')], '2026-11-22')).toBe('2027-01');
  });
  it("opens on today's month while a release spans today", () => {
    expect(getOpeningMonth([quarter('2026-10-01', '2026-12-31'), day('2027-01-15')], '2026-11-22')).toBe('2026-11');
  });
  it('counts a release on today as upcoming', () => {
    expect(getOpeningMonth([day('2026-11-22'), day('2025-03-01')], '2026-11-22')).toBe('2026-11');
  });
  it('opens on the latest release when every release is past', () => {
    expect(getOpeningMonth([day('2024-02-01'), quarter('2025-04-01', '2025-06-30'), day('2023-12-24')], '2026-11-22')).toBe('2025-06');
  });
  it("opens on today's month without any dated release, and skips malformed dates", () => {
    expect(getOpeningMonth([{}, { when: { start: 'soon', end: 'later', precision: 'day' } }], '2026-11-22')).toBe('2026-11');
  });
});
