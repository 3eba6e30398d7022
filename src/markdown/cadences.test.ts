import { parseCadence, parsePeriod, toSentenceCase } from './cadences.js';

describe('parseCadence', () => {
  it('reads a bold label and an every-N period', () => {
    expect(parseCadence('Minor Releases', 'Every 2 months (x.y.0)', 'Minor Releases: Every 2 months (x.y.0)')).toEqual({
      label: 'Minor releases',
      every: { count: 2, unit: 'month' },
      text: 'Minor Releases: Every 2 months (x.y.0)',
    });
  });

  it('gives no period to releases as needed or immediate', () => {
    expect(parseCadence('Patch Releases', 'As needed (x.y.z)', 'Patch Releases: As needed (x.y.z)')).toEqual({ label: 'Patch releases', text: 'Patch Releases: As needed (x.y.z)' });
    expect(parseCadence('Security Releases', 'Immediate', 'Security Releases: Immediate')).toEqual({ label: 'Security releases', text: 'Security Releases: Immediate' });
  });
});

describe('parsePeriod', () => {
  it('reads adverbs and spelled-out counts', () => {
    expect(['Weekly', 'bi-weekly', 'Monthly', 'Quarterly', 'annually', 'every other week', 'every six weeks', 'every quarter', 'every sprint'].map(parsePeriod)).toEqual([
      { count: 1, unit: 'week' },
      { count: 2, unit: 'week' },
      { count: 1, unit: 'month' },
      { count: 3, unit: 'month' },
      { count: 1, unit: 'year' },
      { count: 2, unit: 'week' },
      { count: 6, unit: 'week' },
      { count: 3, unit: 'month' },
      { count: 2, unit: 'week' },
    ]);
  });
});

describe('toSentenceCase', () => {
  it('lowers title-case words but keeps acronyms', () => {
    expect(toSentenceCase('LTS Release Candidates')).toEqual('LTS release candidates');
  });
});
