import type { PhrasingContent, Table } from 'mdast';
import type { ItemDraft, ReadContext } from './drafts.js';
import { lineOf, plainText } from './inline.js';
import { pickHref } from './items.js';
import type { MetricDraft } from './metrics.js';
import { parseMetric } from './metrics.js';
import { extractStatus, statusOfValue } from './statuses.js';
import {
  CURRENT_HEADERS,
  DATE_HEADERS,
  DETAIL_HEADERS,
  LEGEND_HEADERS,
  METRIC_HEADERS,
  PHASE_STEP_HEADERS,
  PHASE_TIME_HEADERS,
  PHASE_VERSION_HEADERS,
  STATUS_HEADERS,
  TAG_HEADERS,
  TARGET_HEADERS,
  TITLE_HEADERS,
  WHEN_HEADERS,
} from './vocabulary/tableHeaders.js';
import { wordAlternation } from './vocabulary/wordAlternation.js';
import { collapseWhitespace } from './collapseWhitespace.js';

/** A table's rows as text, and which column plays which part. */
export interface TableShape {
  line: number;
  header: string[];
  rows: { line: number; cells: PhrasingContent[][]; texts: string[] }[];
  columns: {
    title?: number;
    status?: number;
    detail?: number;
    phase?: number;
    date?: number;
    tags: number[];
    metric?: number;
    target?: number;
    current?: number;
    /** A legend (`| Emoji | Meaning |`): rows define marks rather than list work. */
    isLegend: boolean;
    /** Whether the phase column names releases or steps (`Version`, `Milestone`), not only times (`Quarter`). */
    listsReleases: boolean;
    /** Whether the phase column holds versions (`| Release |`): `Terminal 1.17` there is version 1.17. */
    hasVersions: boolean;
  };
}

/** A header that is exactly one of the words. */
const whole = (words: readonly string[]): RegExp => new RegExp(`^(?:${wordAlternation(words)})$`, 'u');
/** A header with one of the words in it (CJK words stand without spaces). */
const anywhere = (words: readonly string[]): RegExp =>
  new RegExp(`(?:^|[^\\p{L}]|(?=\\p{Script=Han}))(?:${wordAlternation(words)})s?(?:$|[^\\p{L}]|(?<=\\p{Script=Han}))`, 'u');

const HEADER = {
  version: whole(PHASE_VERSION_HEADERS),
  step: whole(PHASE_STEP_HEADERS),
  time: whole(PHASE_TIME_HEADERS),
  status: anywhere(STATUS_HEADERS),
  metric: anywhere(METRIC_HEADERS),
  title: anywhere(TITLE_HEADERS),
  detail: anywhere(DETAIL_HEADERS),
  date: anywhere(DATE_HEADERS),
  when: anywhere(WHEN_HEADERS),
  target: anywhere(TARGET_HEADERS),
  current: anywhere(CURRENT_HEADERS),
  tag: anywhere(TAG_HEADERS),
  legend: whole(LEGEND_HEADERS),
};

function findColumn(header: readonly string[], pattern: RegExp, taken: readonly (number | undefined)[] = []): number | undefined {
  const index = header.findIndex((name, column) => pattern.test(name) && !taken.includes(column));
  return index < 0 ? undefined : index;
}

declare module 'mdast' {
  interface TableData {
    /** The table as `readTable` read it, shared by every reader that asks. */
    shape?: TableShape;
  }
}

/**
 * Reads a GFM table and works out its columns from their headers, once however many readers ask
 * (the legend, the phase reader, the section walk). Readers must not change the shape.
 */
export function readTable(table: Table): TableShape {
  table.data ??= {};
  table.data.shape ??= readTableOnce(table);
  return table.data.shape;
}

function readTableOnce(table: Table): TableShape {
  const [head, ...body] = table.children;
  const header = (head?.children ?? []).map((cell) => collapseWhitespace(plainText(cell.children).toLowerCase()).trim());
  const rows = body.map((row) => ({
    line: lineOf(row),
    cells: row.children.map((cell) => cell.children),
    texts: row.children.map((cell) => collapseWhitespace(plainText(cell.children)).trim()),
  }));
  return { line: lineOf(table), header, rows, columns: findColumns(header) };
}

/** Which column plays which part, from the header words. */
export function findColumns(header: readonly string[]): TableShape['columns'] {
  const status = findColumn(header, HEADER.status);
  const version = findColumn(header, HEADER.version, [status]);
  const step = version ?? findColumn(header, HEADER.step, [status]);
  const phase = step ?? findColumn(header, HEADER.time, [status]);
  const metric = findColumn(header, HEADER.metric, [status]);
  // Beside a metric column, `Goal` is the target, not a title.
  const metricTarget = metric === undefined ? undefined : findColumn(header, HEADER.target, [status, phase, metric]);
  const title = findColumn(header, HEADER.title, [status, phase, metric, metricTarget]);
  const detail = findColumn(header, HEADER.detail, [status, phase, title, metric]);
  const date = findColumn(header, HEADER.date, [status, phase, title]) ?? findColumn(header, HEADER.when, [status, phase, title]);
  const target = metricTarget ?? findColumn(header, HEADER.target, [status, phase, title, metric, date]);
  const current = findColumn(header, HEADER.current, [status, phase, title, metric, target]);
  const used = [status, phase, title, detail, date, metric, target, current];
  const tags = header.flatMap((name, column) => (HEADER.tag.test(name) && !used.includes(column) ? [column] : []));
  const isLegend = header.length > 0 && header.some((name) => HEADER.legend.test(name)) && phase === undefined && title === undefined;
  return { title, status, detail, phase, date, tags, metric, target, current, isLegend, listsReleases: step !== undefined, hasVersions: version !== undefined };
}

/** Whether the table lists phases: a version, release, milestone or quarter column. */
export function isPhaseTable(shape: TableShape): boolean {
  return shape.columns.phase !== undefined;
}

/** Whether the table lists metrics: a metric column and a target column. */
export function isMetricTable(shape: TableShape): boolean {
  return shape.columns.metric !== undefined && shape.columns.target !== undefined;
}

/** One row as an item: title from the title column (else the first), status from the status column or the title's marker. */
export function rowToItem(shape: TableShape, row: TableShape['rows'][number], ctx: ReadContext): ItemDraft | undefined {
  const { columns } = shape;
  // Without a title column, the first column no other role claims names the row (`| VEP Flag | Description |`).
  const used = [columns.status, columns.phase, columns.detail, columns.date, columns.metric, columns.target, columns.current, ...columns.tags];
  const firstFree = shape.header.findIndex((_, column) => !used.includes(column));
  const titleColumn = columns.title ?? (firstFree >= 0 ? firstFree : (columns.detail ?? 0));
  const written = row.texts[titleColumn] ?? '';
  const title = extractStatus(written);
  if (title.text === '') return undefined;
  const statusText = columns.status === undefined ? undefined : row.texts[columns.status];
  const status = (statusText ? statusOfValue(statusText) : undefined) ?? title.status;
  if (statusText && !statusOfValue(statusText)) ctx.diagnostics.warn(row.line, `status ${JSON.stringify(statusText)} not recognised (expected done, in progress, planned, deferred or cancelled)`);
  const item: ItemDraft = { line: row.line, title: title.text, text: row.texts.join(' | '), status };
  const detail = columns.detail !== undefined && columns.detail !== titleColumn ? row.texts[columns.detail] : undefined;
  if (detail) item.detail = detail;
  const tags = columns.tags.map((column) => row.texts[column] ?? '').filter((tag) => tag !== '' && tag !== '-');
  if (tags.length > 0) item.tags = tags;
  const href = pickHref(row.cells.flat(), ctx);
  if (href) item.href = href;
  return item;
}

/** Every row as an item. */
export function tableItems(shape: TableShape, ctx: ReadContext): ItemDraft[] {
  return shape.rows.flatMap((row) => {
    const item = rowToItem(shape, row, ctx);
    return item ? [item] : [];
  });
}

/** Every row of a metric table as a metric; rows without a numeric target come back as items. */
export function tableMetrics(shape: TableShape, ctx: ReadContext): { metrics: MetricDraft[]; items: ItemDraft[] } {
  const metrics: MetricDraft[] = [];
  const items: ItemDraft[] = [];
  const { metric: labelColumn = 0, target: targetColumn = 1, current: currentColumn, status: statusColumn } = shape.columns;
  for (const row of shape.rows) {
    const label = row.texts[labelColumn] ?? '';
    const parsed = parseMetric(row.texts[targetColumn] ?? '', label);
    if (!parsed || label === '') {
      const item = rowToItem({ ...shape, columns: { ...shape.columns, title: labelColumn } }, row, ctx);
      if (item) items.push(item);
      continue;
    }
    const metric: MetricDraft = { ...parsed, label, text: row.texts.join(' | ') };
    const current = currentColumn === undefined ? undefined : parseMetric(`=${row.texts[currentColumn] ?? ''}`);
    if (current) metric.current = current.target;
    const status = statusColumn === undefined ? undefined : statusOfValue(row.texts[statusColumn] ?? '');
    if (status) metric.status = status;
    metrics.push(metric);
  }
  return { metrics, items };
}
