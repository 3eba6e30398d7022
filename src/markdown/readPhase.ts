import type { RootContent } from 'mdast';
import type { Status } from '../model/types.js';
import { classifySection } from './classifySection.js';
import { createPhase } from './createPhase.js';
import { quote } from './diagnostics.js';
import type { PhaseDraft, ReadContext } from './drafts.js';
import type { HeadingInfo } from './headings.js';
import { lineOf, plainText, readKeyValue, paragraphLines } from './inline.js';
import { isCheckboxLine, readItemLine, readList } from './items.js';
import { classifyKey, isKnownKey } from './keyValues.js';
import type { GroupSlot } from './phaseGroups.js';
import { addEntries, groupOf } from './phaseGroups.js';
import { applyDateValue, applyPhaseDate, targetDateOf, wholeDateOf } from './phaseDates.js';
import { addCriteriaEntries, criteriaSinkFor, phaseCriteriaSink, readCriteriaSection } from './readCriteria.js';
import { readCadenceSection, readProseCadence } from './readCadences.js';
import { readHtmlTableAt } from './htmlTables.js';
import { htmlTableItems } from './readHtmlTable.js';
import { readItemSection } from './readItemSection.js';
import type { Section } from './sections.js';
import { hasItems } from './sections.js';
import { extractStatus, statusOfValue } from './statuses.js';
import { isMetricTable, readTable, tableItems, tableMetrics } from './tables.js';
import { findVersion } from './versions.js';

/** A lead-in line waiting for the list under it: `**Features**: ✅ ALL IMPLEMENTED`, `**Success Criteria**:`. */
interface LeadIn {
  kind: 'group' | 'criteria';
  title: string;
  status?: Status;
  line: number;
  text: string;
}

function readParagraph(block: RootContent & { type: 'paragraph' }, phase: PhaseDraft, slot: GroupSlot, ctx: ReadContext): LeadIn | undefined {
  // In a sub-section, a status line marks that group, not the whole phase.
  const isSubSection = slot.title !== undefined;
  readProseCadence(block, ctx);
  let lead: LeadIn | undefined;
  for (const line of paragraphLines(block)) {
    const pair = readKeyValue(line, isKnownKey);
    if (pair?.hasColon || (pair && pair.value === '')) {
      const status = statusOfValue(pair.value);
      switch (classifyKey(pair.key)) {
        case 'date':
          applyDateValue(phase, pair.key, pair.value, line.line, ctx);
          continue;
        case 'status':
          if (status && isSubSection) {
            slot.status ??= status;
            if (slot.group) slot.group.status ??= status;
          } else if (status) phase.status ??= status;
          else ctx.diagnostics.info(line.line, `status ${quote(pair.value)} of "${phase.title}" not recognised (expected e.g. completed, in progress, planned, deferred, cancelled)`);
          continue;
        case 'summary':
          if (phase.summary === undefined && pair.value !== '') phase.summary = pair.value;
          else if (pair.value !== '') ctx.diagnostics.info(line.line, `${quote(line.text)} left out: "${phase.title}" already has a summary`);
          else lead = { kind: 'group', title: pair.key, status, line: line.line, text: line.text };
          continue;
        case 'updated':
          continue;
        case 'criteria':
          lead = { kind: 'criteria', title: pair.key, status, line: line.line, text: line.text };
          continue;
        case 'version':
          phase.version ??= findVersion(pair.value)?.version;
          continue;
        case 'other':
          if (wholeDateOf(pair.value, ctx.now)) applyPhaseDate(phase, wholeDateOf(pair.value, ctx.now)!, line.line, ctx);
          else if (pair.value === '' || (status && extractStatus(pair.value).text === '')) lead = { kind: 'group', title: pair.key, status, line: line.line, text: line.text };
          else ctx.diagnostics.info(line.line, `${quote(line.text)} in "${phase.title}" is not an item, date, status or summary and was left out`);
          continue;
        default:
          continue;
      }
    }
    if (isCheckboxLine(line.text)) {
      const item = readItemLine(line, undefined, ctx);
      if (item) groupOf(phase, slot).items.push(item);
      continue;
    }
    const plainPair = /^([\p{L}][\p{L} ]{0,30}?)\s*[:：]\s*(.+)$/u.exec(line.text);
    const plainDate = plainPair ? wholeDateOf(plainPair[2]!, ctx.now) : undefined;
    if (plainDate) {
      applyPhaseDate(phase, plainDate, line.line, ctx);
      continue;
    }
    const targeted = targetDateOf(line.text, ctx.now);
    if (targeted) applyPhaseDate(phase, targeted, line.line, ctx);
    const extracted = extractStatus(line.text);
    if (/:\s*$/.test(line.text)) {
      lead = { kind: 'group', title: extracted.text.replace(/:\s*$/, '') || line.text, status: extracted.status, line: line.line, text: line.text };
    } else if (!isSubSection && phase.summary === undefined && phase.groups.length === 0) {
      if (extracted.status) phase.status ??= extracted.status;
      if (extracted.text !== '') phase.summary = extracted.text;
    } else {
      ctx.diagnostics.info(line.line, `text ${quote(line.text)} in "${phase.title}" is not an item and was left out`);
    }
  }
  return lead;
}

function reportUnused(lead: LeadIn | undefined, phase: PhaseDraft, ctx: ReadContext): void {
  if (lead) ctx.diagnostics.info(lead.line, `${JSON.stringify(lead.text)} in "${phase.title}" is not followed by a list and was left out`);
}

function readBlocks(blocks: readonly RootContent[], phase: PhaseDraft, slot: GroupSlot, ctx: ReadContext): void {
  let lead: LeadIn | undefined;
  for (let index = 0; index < blocks.length; index += 1) {
    const block = blocks[index]!;
    const html = ctx.lines ? readHtmlTableAt(blocks, index, ctx.lines) : undefined;
    if (html) {
      reportUnused(lead, phase, ctx);
      lead = undefined;
      addEntries(phase, slot, htmlTableItems(html.table, ctx).map((item) => ({ kind: 'item', item })));
      index = html.last;
      continue;
    }
    if (block.type === 'paragraph') {
      const next = readParagraph(block, phase, slot, ctx);
      if (next) {
        reportUnused(lead, phase, ctx);
        lead = next;
      }
      continue;
    }
    // A rule, a comment or a link definition between a lead-in and its list does not separate them.
    if (block.type === 'thematicBreak' || block.type === 'definition' || (block.type === 'html' && block.value.trimStart().startsWith('<!--'))) continue;
    if (block.type === 'list') {
      const entries = readList(block, ctx);
      if (lead?.kind === 'criteria') addCriteriaEntries(entries, phaseCriteriaSink(phase), lead.title, lead.status);
      else if (lead) addEntries(phase, { title: lead.title, status: lead.status ?? slot.status }, entries);
      else addEntries(phase, slot, entries);
    } else if (block.type === 'table' && readTable(block).columns.isLegend) {
      ctx.diagnostics.info(lineOf(block), `legend table in "${phase.title}" explains marks and is not part of the model`);
    } else if (block.type === 'table') {
      const shape = readTable(block);
      if (isMetricTable(shape) || lead?.kind === 'criteria') {
        const { metrics, items } = tableMetrics(shape, ctx);
        phase.metrics.push(...metrics);
        addEntries(phase, { title: lead?.title ?? slot.title }, items.map((item) => ({ kind: 'item', item })));
      } else {
        const target = lead ? { title: lead.title, status: lead.status ?? slot.status } : slot;
        addEntries(phase, target, tableItems(shape, ctx).map((item) => ({ kind: 'item', item })));
      }
    } else {
      reportUnused(lead, phase, ctx);
      if (block.type === 'blockquote') readBlocks(block.children, phase, slot, ctx);
      else if (block.type === 'html') ctx.diagnostics.info(lineOf(block), `HTML in "${phase.title}" is not part of the model`);
      else ctx.diagnostics.info(lineOf(block), `${block.type} in "${phase.title}" is not part of the model: ${quote(plainText([block]))}`);
    }
    lead = undefined;
  }
  reportUnused(lead, phase, ctx);
}

function readSubSections(section: Section, phase: PhaseDraft, parent: GroupSlot, ctx: ReadContext): void {
  for (const child of section.children) {
    const kind = classifySection(child, 'phase', ctx.now);
    if (kind.kind === 'metrics') {
      readCriteriaSection(child, criteriaSinkFor(child, phaseCriteriaSink(phase), ctx), ctx);
    } else if (kind.kind === 'cadence') {
      readCadenceSection(child, ctx);
    } else if (kind.kind === 'skip') {
      ctx.diagnostics.info(child.line, `section "${child.text}" in "${phase.title}" is not a group of items and was left out`);
    } else if (child.children.length === 0 && !hasItems(child.blocks)) {
      readItemSection(child, kind.info, phase, parent, ctx);
    } else {
      const slot: GroupSlot = { title: kind.info.title, status: kind.info.status };
      readBlocks(child.blocks, phase, slot, ctx);
      readSubSections(child, phase, slot, ctx);
    }
  }
}

/**
 * Reads a phase section: key–value lines (dates, status, focus), lead-ins that title the list
 * under them, bullets and table rows as items, sub-sections as groups, criteria as metrics.
 */
export function readPhaseSection(section: Section, info: HeadingInfo, ctx: ReadContext): PhaseDraft {
  const phase = createPhase(info, section.line);
  ctx.roadmap.phases.push(phase);
  const slot: GroupSlot = {};
  readBlocks(section.blocks, phase, slot, ctx);
  readSubSections(section, phase, slot, ctx);
  return phase;
}
