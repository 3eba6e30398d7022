import type { Diagnostic } from '../markdown/diagnostics.js';

/** `ROADMAP.md:117: info: section "Vision" is not a phase…`, one per line, the way compilers print. */
export function formatDiagnostics(file: string, diagnostics: readonly Diagnostic[]): string {
  return diagnostics.map((diagnostic) => `${file}:${diagnostic.line}: ${diagnostic.severity}: ${diagnostic.message}\n`).join('');
}
