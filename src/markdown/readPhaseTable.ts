import type { PhaseDraft, ReadContext } from './drafts.js';
import { parseHeading } from './headings.js';
import { applyDateValue } from './phaseDates.js';
import { createPhase } from './readPhase.js';
import { statusOfValue } from './statuses.js';
import type { TableShape } from './tables.js';
import { rowToItem } from './tables.js';

/**
 * Reads a table-driven roadmap. With a feature column, rows are items grouped by their phase
 * column (`| Q1 2025 | SSO login | ✅ Done |`); without one, each row is a phase.
 */
export function readPhaseTable(shape: TableShape, ctx: ReadContext): PhaseDraft[] {
  const { phase: phaseColumn = 0, title: titleColumn, date: dateColumn, status: statusColumn, detail: detailColumn } = shape.columns;
  const phases: PhaseDraft[] = [];
  const byName = new Map<string, PhaseDraft>();
  let previous: PhaseDraft | undefined;
  for (const row of shape.rows) {
    const name = row.texts[phaseColumn] ?? '';
    const dateText = dateColumn === undefined || dateColumn === phaseColumn ? '' : (row.texts[dateColumn] ?? '');
    if (titleColumn === undefined) {
      if (name === '') continue;
      const phase = createPhase(parseHeading(name, ctx.now), row.line);
      if (dateText !== '') applyDateValue(phase, shape.header[dateColumn!] ?? 'date', dateText, row.line, ctx);
      const status = statusColumn === undefined ? undefined : statusOfValue(row.texts[statusColumn] ?? '');
      if (status) phase.status = status;
      const summary = detailColumn === undefined ? undefined : row.texts[detailColumn];
      if (summary) phase.summary = summary;
      phases.push(phase);
      continue;
    }
    // A row with an empty phase cell continues the phase above it.
    let phase = name === '' ? previous : byName.get(name.toLowerCase());
    if (!phase) {
      phase = createPhase(parseHeading(name || 'Untitled', ctx.now), row.line);
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
  ctx.roadmap.phases.push(...phases);
  return phases;
}
