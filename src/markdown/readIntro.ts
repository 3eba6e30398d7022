import type { List, Paragraph, RootContent } from 'mdast';
import { createDiagnosticSink, quote } from './diagnostics.js';
import { htmlTitle } from './documentTitle.js';
import type { HeadingInfo } from './headings.js';
import { parseHeading } from './headings.js';
import { createPhase } from './createPhase.js';
import { addEntriesToPhase } from './phaseGroups.js';
import { readPhaseSection } from './readPhase.js';
import type { ReadContext } from './drafts.js';
import { findDate } from './fuzzyDates.js';
import { lineOf, plainText, readKeyValue, readLead, paragraphLines } from './inline.js';
import { flattenEntries, readList } from './items.js';
import { classifyKey, isKnownKey } from './keyValues.js';
import type { Section } from './sections.js';
import { descendants } from './sections.js';
import { extractStatus } from './statuses.js';
import { isMetricTable, isPhaseTable, readTable, tableMetrics } from './tables.js';
import { readPhaseTable } from './readPhaseTable.js';
import { readHtmlTableAt } from './htmlTables.js';
import { readHtmlTable } from './readHtmlTable.js';
import { isPastBucket } from './vocabulary/gathering.js';
import { readProseCadence } from './readCadences.js';

/** The paragraphs of blocks, those inside block quotes included (`> Last updated: …`). */
function paragraphsOf(blocks: readonly RootContent[]): Paragraph[] {
  const out: Paragraph[] = [];
  const stack = [...blocks].reverse();
  while (stack.length > 0) {
    const block = stack.pop()!;
    if (block.type === 'paragraph') out.push(block);
    else if (block.type === 'blockquote') for (let index = block.children.length - 1; index >= 0; index -= 1) stack.push(block.children[index]!);
  }
  return out;
}

/**
 * Finds `**Last Updated**: 2026-02-04` wherever it stands (often at the very end, under
 * "Approval", in italics or in a block quote). A date coarser than a day (`2025-Q4`) cannot be
 * `updated` and becomes a diagnostic.
 */
export function readUpdated(root: Section, ctx: ReadContext): void {
  for (const section of [root, ...descendants(root)]) {
    for (const block of paragraphsOf(section.blocks)) {
      for (const line of paragraphLines(block)) {
        const pair = readKeyValue(line, isKnownKey);
        if (!pair || classifyKey(pair.key) !== 'updated') continue;
        const found = findDate(pair.value, { now: ctx.now });
        if (found?.span?.precision === 'day') ctx.roadmap.updated ??= found.span.start;
        else ctx.diagnostics.info(line.line, `${pair.key} ${quote(pair.value)} is not a day (expected YYYY-MM-DD), so the roadmap has no updated date from it`);
      }
    }
  }
}

/** A phase-like heading text (`Phase 1 — Q1 2026 ✅`, `Q2 2026`), or `undefined`. */
function phaseHeading(text: string, ctx: ReadContext): HeadingInfo | undefined {
  const info = parseHeading(text, ctx.now);
  return info.strength >= 1 ? info : undefined;
}

/** What a bold line used as a heading (`**Phase 1 — Q1 2026** ✅`, `**Orbit 2.0**`) says, or `undefined`. */
function boldHeading(paragraph: Paragraph, ctx: ReadContext): HeadingInfo | undefined {
  const lines = paragraphLines(paragraph);
  const lead = lines.length === 1 ? readLead(lines[0]!.nodes) : undefined;
  if (!lead || extractStatus(lead.value).text !== '') return undefined;
  return phaseHeading(`${lead.key} ${lead.value}`, ctx);
}

/** Whether blocks hold a bold line used as a phase heading, followed by its list. */
export function hasBoldPhases(blocks: readonly RootContent[], ctx: ReadContext): boolean {
  return blocks.some((block, index) => block.type === 'paragraph' && blocks[index + 1]?.type === 'list' && boldHeading(block, ctx) !== undefined);
}

/** A bold line used as a phase heading, then a list: a phase written without a heading. */
function readBoldPhase(paragraph: Paragraph, list: List, ctx: ReadContext): boolean {
  const info = boldHeading(paragraph, ctx);
  if (!info) return false;
  const text = paragraphLines(paragraph)[0]!.text;
  readPhaseSection({ depth: 0, line: lineOf(paragraph), text, blocks: [list], children: [] }, info, ctx);
  return true;
}

/** A list whose every bullet is a phase-like lead-in (`- **Q1 2026**` with nested bullets): one phase each. */
function readListPhases(list: List, ctx: ReadContext): boolean {
  const entries = readList(list, createQuietContext(ctx));
  const heads = entries.map((entry) => (entry.kind === 'lead' ? phaseHeading(entry.title, ctx) : undefined));
  if (entries.length === 0 || heads.some((info) => info === undefined)) return false;
  // Read again for real, so links are reported once and against the right phase.
  readList(list, ctx).forEach((entry, position) => {
    if (entry.kind !== 'lead') return;
    const phase = createPhase(heads[position]!, entry.line);
    if (entry.status) phase.status ??= entry.status;
    addEntriesToPhase(phase, entry.entries);
    ctx.roadmap.phases.push(phase);
  });
  return true;
}

function createQuietContext(ctx: ReadContext): ReadContext {
  return { ...ctx, diagnostics: createDiagnosticSink() };
}

/** Whether an HTML block is the one the roadmap's title was read from (`<h1>Orbit</h1>`). */
function isTitleHtml(html: string, ctx: ReadContext): boolean {
  return ctx.roadmap.title !== undefined && htmlTitle([{ type: 'html', value: html }]) === ctx.roadmap.title;
}

/**
 * Reads what stands before the first phase: the first paragraph is the roadmap's summary,
 * a phase or metric table is read as such, and anything else is reported as left out.
 */
export function readIntro(blocks: readonly RootContent[], ctx: ReadContext, where: string): void {
  for (let index = 0; index < blocks.length; index += 1) {
    const block = blocks[index]!;
    const next = blocks[index + 1];
    const previous = index > 0 ? blocks[index - 1] : undefined;
    const html = ctx.lines ? readHtmlTableAt(blocks, index, ctx.lines) : undefined;
    if (html) {
      readHtmlTable(html.table, ctx, where === 'intro' ? 'before the first phase' : `in "${where}"`);
      index = html.last;
      continue;
    }
    if (block.type === 'paragraph' && next?.type === 'list' && readBoldPhase(block, next, ctx)) {
      index += 1;
      continue;
    }
    if (block.type === 'list' && readListPhases(block, ctx)) continue;
    if (block.type === 'paragraph') {
      readProseCadence(block, ctx);
      for (const line of paragraphLines(block)) {
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
      const leadIn = previous?.type === 'paragraph' ? plainText(previous.children).trim() : '';
      if (isPhaseTable(shape)) readPhaseTable(shape, ctx, leadIn.endsWith(':') && isPastBucket(leadIn));
      else if (isMetricTable(shape)) ctx.roadmap.metrics.push(...tableMetrics(shape, ctx).metrics);
      else ctx.diagnostics.info(lineOf(block), `table ${where === 'intro' ? 'before the first phase' : `in "${where}"`} has no phase column and was left out`);
    } else if (block.type === 'list') {
      const count = flattenEntries(readList(block, ctx)).length;
      ctx.diagnostics.warn(lineOf(block), `${count} item(s) ${where === 'intro' ? 'before the first phase' : `in "${where}"`} belong to no phase and were left out`);
    } else if (block.type === 'html' ? !block.value.trimStart().startsWith('<!--') && !isTitleHtml(block.value, ctx) : block.type !== 'thematicBreak' && block.type !== 'yaml' && block.type !== 'definition') {
      ctx.diagnostics.info(lineOf(block), `${block.type} ${where === 'intro' ? 'before the first phase' : `in "${where}"`} is not part of the model`);
    }
  }
}
