import { repairMojibake } from './mojibake.js';

describe('repairMojibake', () => {
  it('repairs UTF-8 read as Windows-1252', () => {
    expect(repairMojibake('âœ… Done')).toEqual('✅ Done');
    expect(repairMojibake('ðŸ“… Planned')).toEqual('📅 Planned');
    expect(repairMojibake('Ã©tÃ© â€” cafÃ©')).toEqual('été — café');
  });

  it('repairs UTF-8 read as Mac Roman, Apple logo byte included', () => {
    expect(repairMojibake('‚úÖ **Production Ready**')).toEqual('✅ **Production Ready**');
    expect(repairMojibake('#### \uf8ffüîç Distributed Tracing')).toEqual('#### 🔍 Distributed Tracing');
    expect(repairMojibake('\uf8ffüõ°Ô∏è Advanced Security')).toEqual('🛡️ Advanced Security');
  });

  it('repairs mojibake wherever it stands: the whole text, its last two characters, after a megabyte of text', () => {
    expect([repairMojibake('Ã©'), repairMojibake('Fertig Ã©'), repairMojibake('x'), repairMojibake('')]).toEqual(['é', 'Fertig é', 'x', '']);
    const long = `${'Plain text — with dashes, accents (é) and ✅.\n'.repeat(20_000)}Ship âœ…`;
    expect(repairMojibake(long).endsWith('Ship ✅')).toBe(true);
  });

  it('restores a variation selector whose last byte was lost', () => {
    expect(repairMojibake('ðŸ›¡ï¸ Security')).toEqual('🛡\ufe0f Security');
  });

  it('leaves French and German text untouched', () => {
    const text = '« Sécurité » — Übersicht für Größe, façade, naïve, Straße. CAFÉ” «é» –é';
    expect(repairMojibake(text)).toEqual(text);
  });

  it('leaves correct emoji and ASCII untouched', () => {
    expect(repairMojibake('✅ 🚧 📅 plain text')).toEqual('✅ 🚧 📅 plain text');
  });
});
