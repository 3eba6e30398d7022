import { createDiagnosticSink, quote } from './diagnostics.js';

describe('diagnostics', () => {
  it('lists diagnostics by line, keeping the order of equal lines', () => {
    const sink = createDiagnosticSink();
    sink.warn(9, 'b');
    sink.info(2, 'a');
    sink.info(9, 'c');
    expect(sink.list()).toEqual([
      { line: 2, severity: 'info', message: 'a' },
      { line: 9, severity: 'warning', message: 'b' },
      { line: 9, severity: 'info', message: 'c' },
    ]);
  });

  it('quotes long text shortly on one line', () => {
    expect(quote(`a\n${'b'.repeat(80)}`)).toEqual(`"a ${'b'.repeat(55)}..."`);
  });
});
