import { findVersion, versionKey } from './versions.js';

describe('findVersion', () => {
  it('finds v-prefixed versions anywhere', () => {
    expect(findVersion('v1.3.0 - Observability')).toEqual({ index: 0, length: 6, version: 'v1.3.0' });
    expect(findVersion('Future Considerations (v2.0+)')).toEqual({ index: 23, length: 5, version: 'v2.0' });
    expect(findVersion('Beta v2.0.0-rc.1')).toEqual({ index: 5, length: 11, version: 'v2.0.0-rc.1' });
  });

  it('finds spelled-out versions and bare three-part ones', () => {
    expect(findVersion('Version 2.1 - Search')).toEqual({ index: 0, length: 11, version: 'v2.1' });
    expect(findVersion('Ships 1.4.2 soon')).toEqual({ index: 6, length: 5, version: '1.4.2' });
  });

  it('takes a bare two-part number only up front before a separator', () => {
    expect(findVersion('1.0 - Launch')).toEqual({ index: 0, length: 3, version: '1.0' });
    expect(findVersion('TLS 1.3 everywhere')).toBeUndefined();
  });
});

describe('versionKey', () => {
  it('compares versions whatever their spelling', () => {
    expect(['v1.3.0', '1.3', 'V1.3', 'v2.0'].map(versionKey)).toEqual(['1.3', '1.3', '1.3', '2']);
  });
});
