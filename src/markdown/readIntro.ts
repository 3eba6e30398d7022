import type { RootContent } from 'mdast';
import { quote } from './diagnostics.js';
import type { ReadContext } from './drafts.js';
import { findDate } from './fuzzyDates.js';
import { lineOf, readKeyValue, readLead, splitLines } from './inline.js';
import { flattenEntries, readList } from './items.js';
import { classifyKey, isKnownKey } from './keyValues.js';
import type { Section } from './sections.js';
import { descendants } from './sections.js';
import { extractStatus } from './statuses.js';
import { isMetricTable, isPhaseTable, readTable, tableMetrics } from './tables.js';
import { readPhaseTable } from './readPhaseTable.js';

/**
 * Finds `**Last Updated**: 2026-02-04` wherever it stands (often at the very end, under
 * "Approval"). A date coarser than a day (`2025-Q4`) cannot be `updated` and becomes a diagnostic.
 */
export function readUpdated(root: Section, ctx: ReadContext): void {
  for (const section of [root, ...descendants(root)]) {
    for (const block of section.blocks) {
      if (block.type !== 'paragraph') continue;
      for (const line of splitLines(block.children, lineOf(block))) {
        const pair = readKeyValue(line, isKnownKey);
        if (!pair || classifyKey(pair.key) !== 'updated') continue;
        const found = findDate(pair.value, { now: ctx.now });
        if (found?.span?.precision === 'day') ctx.roadmap.updated ??= found.span.start;
        else ctx.diagnostics.info(line.line, `${pair.key} ${quote(pair.value)} is not a day (expected YYYY-MM-DD), so the roadmap has no updated date from it`);
      }
    }
  }
}

/** Whether blocks hold items: a list or a table. */
export function hasItems(blocks: readonly RootContent[]): boolean {
  return blocks.some((block) => block.type === 'list' || block.type === 'table');
}

/**
 * Reads what stands before the first phase: the first paragraph is the roadmap's summary,
 * a phase or metric table is read as such, and anything else is reported as left out.
 */
export function readIntro(blocks: readonly RootContent[], ctx: ReadContext, where: string): void {
  for (const block of blocks) {
    if (block.type === 'paragraph') {
      for (const line of splitLines(block.children, lineOf(block))) {
        const pair = readLead(line.nodes);
        if (pair?.hasColon && classifyKey(pair.key) === 'updated') continue;
        if (!pair?.hasColon && ctx.roadmap.summary === undefined && where === 'intro') {
          ctx.roadmap.summary = extractStatus(line.text).text || line.text;
          continue;
        }
        ctx.diagnostics.info(line.line, `text ${quote(line.text)} ${where === 'intro' ? 'before the first phase' : `in "${where}"`} is not part of any phase and was left out`);
      }
    } else if (block.type === 'table') {
      const shape = readTable(block);
      if (isPhaseTable(shape)) readPhaseTable(shape, ctx);
      else if (isMetricTable(shape)) ctx.roadmap.metrics.push(...tableMetrics(shape, ctx).metrics);
      else ctx.diagnostics.info(lineOf(block), `table ${where === 'intro' ? 'before the first phase' : `in "${where}"`} has no phase column and was left out`);
    } else if (block.type === 'list') {
      const count = flattenEntries(readList(block, ctx)).length;
      ctx.diagnostics.warn(lineOf(block), `${count} item(s) ${where === 'intro' ? 'before the first phase' : `in "${where}"`} belong to no phase and were left out`);
    } else if (block.type === 'html' ? !block.value.trimStart().startsWith('<!--') : block.type !== 'thematicBreak' && block.type !== 'yaml' && block.type !== 'definition') {
      ctx.diagnostics.info(lineOf(block), `${block.type} ${where === 'intro' ? 'before the first phase' : `in "${where}"`} is not part of the model`);
    }
  }
}
