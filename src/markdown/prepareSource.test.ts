import { prepareSource } from './prepareSource.js';

describe('prepareSource', () => {
  it('drops a byte-order mark and normalises line endings one for one', () => {
    expect(prepareSource('\ufeff# A\r\n\r\n- b\rc')).toEqual('# A\n\n- b\nc');
  });

  it('repairs mojibake', () => {
    expect(prepareSource('## âœ… Done')).toEqual('## ✅ Done');
  });
});
