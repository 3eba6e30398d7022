import { findVersion, versionKey } from './versions.js';

describe('findVersion', () => {
  it('finds v-prefixed versions anywhere', () => {
    expect(findVersion('v1.3.0 - Observability')).toEqual({ index: 0, length: 6, version: 'v1.3.0', named: false });
    expect(findVersion('Future Considerations (v2.0+)')).toEqual({ index: 23, length: 5, version: 'v2.0', named: false });
    expect(findVersion('Beta v2.0.0-rc.1')).toEqual({ index: 5, length: 11, version: 'v2.0.0-rc.1', named: false });
  });

  it('finds spelled-out versions and bare three-part ones', () => {
    expect(findVersion('Version 2.1 - Search')).toEqual({ index: 0, length: 11, version: 'v2.1', named: false });
    expect(findVersion('Ships 1.4.2 soon')).toEqual({ index: 6, length: 5, version: '1.4.2', named: false });
  });

  it('takes a bare two-part number up front before a separator, or alone', () => {
    expect(findVersion('1.0 - Launch')).toEqual({ index: 0, length: 3, version: '1.0', named: false });
    expect(findVersion('0.9')).toEqual({ index: 0, length: 3, version: '0.9', named: false });
    expect(findVersion('TLS 1.3 everywhere')).toBeUndefined();
  });

  it('takes a bare two-part number after a product name of one or two words', () => {
    expect(findVersion('Orbit 2.4')).toEqual({ index: 6, length: 3, version: '2.4', named: true });
    expect(findVersion('Orbit Server 2.10 - Sync')).toEqual({ index: 13, length: 4, version: '2.10', named: true });
    expect(findVersion('Drop support for Node 18.2')).toBeUndefined();
  });
});

describe('versionKey', () => {
  it('compares versions whatever their spelling', () => {
    expect(['v1.3.0', '1.3', 'V1.3', 'v2.0'].map(versionKey)).toEqual(['1.3', '1.3', '1.3', '2']);
  });
});
