import { dateNextToVersion } from './versionDates.js';

const now = '2026-03-15';

describe('dateNextToVersion', () => {
  it('reads the bracketed date after the phase’s own version in its prose', () => {
    expect(dateNextToVersion('These features are targeted for Orbit v2.4 (September 2026).', '2.4', now)).toEqual({ start: '2026-09-01', end: '2026-09-30', precision: 'month', label: 'September 2026' });
    expect(dateNextToVersion('Ships with 2.4.0 (Q3 2026)', 'v2.4', now)?.label).toBe('Q3 2026');
  });

  it('ignores another version’s date and brackets that are not only a date', () => {
    expect(dateNextToVersion('Follows v2.3 (May 2026).', '2.4', now)).toBeUndefined();
    expect(dateNextToVersion('Targets v2.4 (see the board for May 2026).', '2.4', now)).toBeUndefined();
  });
});
