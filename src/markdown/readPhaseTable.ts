import { createPhase } from './createPhase.js';
import type { PhaseDraft, ReadContext } from './drafts.js';
import type { HeadingInfo } from './headings.js';
import { parseHeading } from './headings.js';
import { applyDateValue } from './phaseDates.js';
import { cleanTitle } from './cleanTitle.js';
import { statusOfValue } from './statuses.js';
import type { TableShape } from './tables.js';
import { rowToItem } from './tables.js';

const BARE_VERSION = /(?<![\p{L}\p{N}.])(\d+(?:\.\d+)+)(?![\p{N}])/u;
const BARE_NUMBER = /^\d{1,3}[a-z]?$/;

/**
 * What a phase cell says: `v1.0 - Beta` is read as a heading; in a release column `Terminal 1.17`
 * is version 1.17; a bare step number (`| 3 | Parser |` under `| Phase | Theme |`) takes its title
 * from the detail column, so the phase is `Phase 3: Parser`.
 */
function phaseHeading(name: string, shape: TableShape, texts: readonly string[], ctx: ReadContext): HeadingInfo {
  const { detail, title, phase = 0 } = shape.columns;
  const theme = title === undefined && detail !== undefined ? texts[detail] : undefined;
  if (theme && BARE_NUMBER.test(name)) {
    const header = shape.header[phase] ?? '';
    const info = parseHeading(`${header.charAt(0).toUpperCase()}${header.slice(1)} ${name}: ${theme}`, ctx.now);
    return { ...info, title: cleanTitle(info.title) };
  }
  const info = parseHeading(name, ctx.now);
  if (!info.version && shape.columns.hasVersions) info.version = BARE_VERSION.exec(name)?.[1];
  return info;
}

/**
 * Reads a table-driven roadmap. With a feature column, rows are items grouped by their phase
 * column (`| Q1 2025 | SSO login | ✅ Done |`); without one, each row is a phase.
 */
export function readPhaseTable(shape: TableShape, ctx: ReadContext, finished = false): PhaseDraft[] {
  const { phase: phaseColumn = 0, title: titleColumn, date: dateColumn, status: statusColumn, detail: detailColumn } = shape.columns;
  const phases: PhaseDraft[] = [];
  const byName = new Map<string, PhaseDraft>();
  let previous: PhaseDraft | undefined;
  for (const row of shape.rows) {
    const name = row.texts[phaseColumn] ?? '';
    const dateText = dateColumn === undefined || dateColumn === phaseColumn ? '' : (row.texts[dateColumn] ?? '');
    if (titleColumn === undefined) {
      if (name === '') continue;
      const phase = createPhase(phaseHeading(name, shape, row.texts, ctx), row.line);
      if (dateText !== '') applyDateValue(phase, shape.header[dateColumn!] ?? 'date', dateText, row.line, ctx);
      const statusText = statusColumn === undefined ? '' : (row.texts[statusColumn] ?? '');
      const status = statusOfValue(statusText);
      if (status) phase.status = status;
      else if (statusText !== '') ctx.diagnostics.info(row.line, `status ${JSON.stringify(statusText)} of "${phase.title}" not recognised (expected e.g. done, in progress, planned, deferred, cancelled)`);
      const summary = detailColumn === undefined ? undefined : row.texts[detailColumn];
      if (summary && !phase.title.includes(summary)) phase.summary = summary;
      phases.push(phase);
      continue;
    }
    // A row with an empty phase cell continues the phase above it.
    let phase = name === '' ? previous : byName.get(name.toLowerCase());
    if (!phase) {
      phase = createPhase(phaseHeading(name || 'Untitled', shape, [], ctx), row.line);
      byName.set(name.toLowerCase(), phase);
      phases.push(phase);
    }
    previous = phase;
    if (dateText !== '') applyDateValue(phase, shape.header[dateColumn!] ?? 'date', dateText, row.line, ctx);
    const item = rowToItem(shape, row, ctx);
    if (!item) continue;
    let group = phase.groups[0];
    if (!group) {
      group = { items: [] };
      phase.groups.push(group);
    }
    group.items.push(item);
  }
  // Rows under `Here are our previous releases:` are done unless their own status says otherwise.
  if (finished) for (const phase of phases) phase.status ??= 'done';
  ctx.roadmap.phases.push(...phases);
  return phases;
}

