import { createPhase } from './createPhase.js';
import type { PhaseDraft, ReadContext } from './drafts.js';
import { parseHeading } from './headings.js';
import type { HtmlCell, HtmlTable } from './htmlTables.js';
import { readPhaseTable } from './readPhaseTable.js';
import { extractStatus } from './statuses.js';
import type { TableShape } from './tables.js';
import { findColumns, isMetricTable, isPhaseTable, tableItems, tableMetrics } from './tables.js';

/** An HTML table in the shape of a markdown one: the first row is the header. */
export function htmlTableShape(table: HtmlTable): TableShape {
  const [head = [], ...body] = table.rows;
  const header = head.map((cell) => cell.text.toLowerCase().replace(/\s+/g, ' ').trim());
  const rows = body.map((row) => ({
    line: table.line,
    cells: row.map((cell) => [{ type: 'text' as const, value: cell.text }]),
    texts: row.map((cell) => cell.text.replace(/\s+/g, ' ').trim()),
  }));
  return { line: table.line, header, rows, columns: findColumns(header) };
}

/** The entries of a board cell: each row of its nested tables, and each line of its own text. */
function cellEntries(cell: HtmlCell): string[] {
  const own = cell.text.split('\n').map((text) => text.trim());
  const nested = cell.tables.flatMap((table) => table.rows.map((row) => row.map((each) => each.text.replace(/\s+/g, ' ').trim()).filter((text) => text !== '').join(' — ')));
  return [...own, ...nested].filter((text) => text !== '');
}

/**
 * A board: header cells name columns of work (`In Progress | Planned`, `Now | Next | Later`) and
 * the body cells hold the work, one nested table row or line each. Each column is a phase.
 */
function readBoard(table: HtmlTable, ctx: ReadContext): PhaseDraft[] | undefined {
  const [head = [], ...body] = table.rows;
  const heads = head.map((cell) => parseHeading(cell.text, ctx.now));
  const isBoard = head.length > 0 && heads.every((info) => info.status !== undefined || info.strength >= 1) && body.some((row) => row.some((cell) => cell.tables.length > 0));
  if (!isBoard) return undefined;
  const phases = heads.map((info, column) => {
    const phase = createPhase(info, table.line);
    const items = body.flatMap((row) => (row[column] ? cellEntries(row[column]) : []));
    const drafts = items.flatMap((text) => {
      const extracted = extractStatus(text);
      return extracted.text === '' ? [] : [{ line: table.line, title: extracted.text, text, status: extracted.status }];
    });
    // Items take their column's status (`In Progress`), as items take a status heading's.
    if (drafts.length > 0) phase.groups.push({ status: info.status, items: drafts });
    return phase;
  });
  ctx.roadmap.phases.push(...phases);
  return phases;
}

/**
 * Reads an HTML `<table>` standing outside any phase: a board of columns, a table of releases, or
 * a table of metrics; anything else is reported. Returns whether it gave the roadmap something.
 */
export function readHtmlTable(table: HtmlTable, ctx: ReadContext, where: string): boolean {
  if (readBoard(table, ctx)) return true;
  const shape = htmlTableShape(table);
  if (isPhaseTable(shape)) readPhaseTable(shape, ctx);
  else if (isMetricTable(shape)) ctx.roadmap.metrics.push(...tableMetrics(shape, ctx).metrics);
  else {
    ctx.diagnostics.info(table.line, `HTML table ${where} has no phase column and was left out`);
    return false;
  }
  return true;
}

/** The rows of an HTML table inside a phase, as items. */
export function htmlTableItems(table: HtmlTable, ctx: ReadContext) {
  return tableItems(htmlTableShape(table), ctx);
}
