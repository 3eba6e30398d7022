import { formatPhaseName, getPhaseNameParts } from './phaseName.js';

describe('getPhaseNameParts', () => {
  it('keeps a version and a distinct title apart', () => {
    expect(getPhaseNameParts({ version: 'v1.3.0', title: 'Observability' })).toEqual({ version: 'v1.3.0', title: 'Observability' });
  });
  it.each([
    ['0.4.1', '0.4.1'],
    ['v2.21', 'v2.21'],
    ['0.4.1', 'v0.4.1'],
    ['V1.0', 'v1.0'],
    ['1.0 ', ' 1.0'],
  ])('shows version %j once when the title is %j (issue 12)', (version, title) => {
    expect(getPhaseNameParts({ version, title })).toEqual({ title });
  });
  it('falls back to the version when the title is empty', () => {
    expect(getPhaseNameParts({ version: 'v3', title: '' })).toEqual({ title: 'v3' });
  });
  it('has no version part for a phase without one', () => {
    expect(getPhaseNameParts({ title: 'Beta' })).toEqual({ title: 'Beta' });
  });
  it('keeps a title that only starts with the version', () => {
    expect(getPhaseNameParts({ version: '1.0', title: '1.0 LTS' })).toEqual({ version: '1.0', title: '1.0 LTS' });
  });
});

describe('formatPhaseName', () => {
  it('joins version and title, writing a repeated version once', () => {
    expect(formatPhaseName({ version: 'v1.3.0', title: 'Observability' })).toBe('v1.3.0 Observability');
    expect(formatPhaseName({ version: '0.4.1', title: '0.4.1' })).toBe('0.4.1');
    expect(formatPhaseName({ title: 'Later' })).toBe('Later');
  });
});
