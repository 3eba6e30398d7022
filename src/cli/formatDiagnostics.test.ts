import { formatDiagnostics } from './formatDiagnostics.js';

describe('formatDiagnostics', () => {
  it('prints FILE:LINE: severity: message lines', () => {
    expect(formatDiagnostics('ROADMAP.md', [{ line: 3, severity: 'warning', message: 'x' }])).toEqual('ROADMAP.md:3: warning: x\n');
  });
});
