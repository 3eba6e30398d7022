import type { RootContent } from 'mdast';

/** One cell of an HTML table: its own text and the tables nested in it. */
export interface HtmlCell {
  text: string;
  isHeader: boolean;
  tables: HtmlTable[];
}

/** An HTML `<table>` as rows of cells. */
export interface HtmlTable {
  line: number;
  rows: HtmlCell[][];
}

// One tag or one run of text: linear, no nested quantifiers.
const TOKEN = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*>|([^<]+)|</g;
const TABLE_TAG = /<(\/?)table\b/gi;
const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

function decode(text: string): string {
  return text.replace(/&(#\d{1,6}|#x[0-9a-f]{1,6}|[a-z]{2,8});/gi, (whole, name: string) => {
    const lower = name.toLowerCase();
    if (ENTITIES[lower] !== undefined) return ENTITIES[lower];
    const code = lower.startsWith('#x') ? Number.parseInt(lower.slice(2), 16) : lower.startsWith('#') ? Number(lower.slice(1)) : Number.NaN;
    return Number.isInteger(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
  });
}

/** Whether a block opens an HTML table (`<table class="roadmap">`). */
export function opensHtmlTable(block: RootContent): boolean {
  return (block.type === 'html' || block.type === 'code') && /^\s*<table\b/i.test(block.value);
}

/** The line where the table opened on `first` closes (its `</table>`, nested tables counted), or the last line. */
function closingLine(lines: readonly string[], first: number): number {
  let depth = 0;
  for (let index = first - 1; index < lines.length; index += 1) {
    TABLE_TAG.lastIndex = 0;
    for (let match = TABLE_TAG.exec(lines[index]!); match; match = TABLE_TAG.exec(lines[index]!)) depth += match[1] ? -1 : 1;
    if (depth <= 0) return index + 1;
  }
  return lines.length;
}

/** Parses the markup of one table (tags other than table parts only lose their brackets). */
function stripComments(markup: string): string {
  let out = '';
  let from = 0;
  for (let open = markup.indexOf('<!--'); open >= 0; open = markup.indexOf('<!--', from)) {
    out += markup.slice(from, open);
    const close = markup.indexOf('-->', open + 4);
    from = close < 0 ? markup.length : close + 3;
  }
  return out + markup.slice(from);
}

export function parseHtmlTable(source: string, line: number): HtmlTable {
  const markup = stripComments(source);
  const root: HtmlTable = { line, rows: [] };
  const tables: HtmlTable[] = [];
  let cell: HtmlCell | undefined;
  const cells: (HtmlCell | undefined)[] = [];
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(markup); match; match = TOKEN.exec(markup)) {
    const [, closing, name, text] = match;
    const tag = name?.toLowerCase();
    const table = tables[tables.length - 1];
    if (text !== undefined) {
      if (cell) cell.text += decode(text);
    } else if (tag === 'table' && !closing) {
      const nested: HtmlTable = tables.length === 0 ? root : { line, rows: [] };
      if (tables.length > 0) cell?.tables.push(nested);
      tables.push(nested);
      cells.push(cell);
      cell = undefined;
    } else if (tag === 'table') {
      tables.pop();
      cell = cells.pop();
    } else if (tag === 'tr' && !closing) {
      table?.rows.push([]);
    } else if ((tag === 'td' || tag === 'th') && !closing && table) {
      if (table.rows.length === 0) table.rows.push([]);
      cell = { text: '', isHeader: tag === 'th', tables: [] };
      table.rows[table.rows.length - 1]!.push(cell);
    } else if (tag === 'td' || tag === 'th') {
      cell = undefined;
    } else if (cell && (tag === 'br' || tag === 'p' || tag === 'li' || tag === 'div')) {
      cell.text += '\n';
    }
  }
  for (const row of root.rows) for (const each of row) each.text = each.text.replace(/[ \t]+/g, ' ').trim();
  return root;
}

/**
 * Reads the HTML table that opens at `blocks[index]`: the markdown tree splits such a table at
 * every blank line inside it (into HTML and code blocks), so the table is taken from the source
 * lines. Returns the table and the index of the last block it covers.
 */
export function readHtmlTableAt(blocks: readonly RootContent[], index: number, sourceLines: () => readonly string[]): { table: HtmlTable; last: number } | undefined {
  const block = blocks[index];
  const first = block?.position?.start.line;
  if (!block || first === undefined || !opensHtmlTable(block)) return undefined;
  const lines = sourceLines();
  const end = closingLine(lines, first);
  let last = index;
  while (last + 1 < blocks.length && (blocks[last + 1]!.position?.start.line ?? Number.POSITIVE_INFINITY) <= end) last += 1;
  return { table: parseHtmlTable(lines.slice(first - 1, end).join('\n'), first), last };
}
