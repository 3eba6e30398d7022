import { compareVersions, getCadenceKind, getVersionKind, parseVersion } from './releaseKind.js';

describe('release kinds', () => {
  it('reads semantic versions, with or without a v and a patch part', () => {
    expect(parseVersion('v1.3.0')).toEqual([1, 3, 0]);
    expect(parseVersion('0.2')).toEqual([0, 2, 0]);
    expect(parseVersion('Phase 1')).toBeUndefined();
    expect(parseVersion(undefined)).toBeUndefined();
  });

  it('tells major, minor and patch releases apart', () => {
    expect(getVersionKind('v2.0.0')).toBe('major');
    expect(getVersionKind('v0.2')).toBe('minor');
    expect(getVersionKind('v2.1.3')).toBe('patch');
    expect(getVersionKind('Milestone 1')).toBeUndefined();
  });

  it('orders versions numerically, not as text', () => {
    expect(['v1.10.0', 'v1.9.0', 'v1.2.0'].map((v) => parseVersion(v)!).sort(compareVersions)).toEqual([
      [1, 2, 0],
      [1, 9, 0],
      [1, 10, 0],
    ]);
  });

  it.each([
    [{ label: 'Major releases', text: 'Yearly' }, 'major'],
    [{ label: 'Releases', text: 'Yearly (x.0.0)' }, 'major'],
    [{ label: 'Minor Releases', text: 'Every 2 months' }, 'minor'],
    [{ label: 'Feature drops', text: 'Every quarter (x.y.0)' }, 'minor'],
    [{ label: 'Patch releases', text: 'As needed' }, 'patch'],
    [{ label: 'Security releases', text: 'Immediate (x.y.z)' }, 'patch'],
    [{ label: 'Security fixes', text: 'Immediate' }, undefined],
  ] as const)('reads the kind of %o as %s', (cadence, kind) => {
    expect(getCadenceKind(cadence)).toBe(kind);
  });
});
