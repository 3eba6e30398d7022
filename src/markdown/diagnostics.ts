/** Something the importer noticed: what it could not place, or a choice it made for the author. */
export interface Diagnostic {
  /** 1-based line in the markdown source. */
  line: number;
  /** `warning`: content lost or contradictory; `info`: a section kept out of the model on purpose. */
  severity: 'info' | 'warning';
  message: string;
}

/** Collects diagnostics while the document is read. */
export interface DiagnosticSink {
  info(line: number, message: string): void;
  warn(line: number, message: string): void;
  /** Every diagnostic, ordered by line (stable for equal lines). */
  list(): Diagnostic[];
}

/** A fresh, empty sink. */
export function createDiagnosticSink(): DiagnosticSink {
  const entries: Diagnostic[] = [];
  return {
    info: (line, message) => entries.push({ line, severity: 'info', message }),
    warn: (line, message) => entries.push({ line, severity: 'warning', message }),
    list: () => entries.map((entry, order) => ({ entry, order })).sort((a, b) => a.entry.line - b.entry.line || a.order - b.order).map(({ entry }) => entry),
  };
}

/** A short quote of source text for a message. */
export function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return JSON.stringify(flat.length > 60 ? `${flat.slice(0, 57)}...` : flat);
}
