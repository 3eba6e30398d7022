import type { RootContent } from 'mdast';
import type { Status } from '../model/types.js';
import { classifySection } from './classifySection.js';
import { quote } from './diagnostics.js';
import type { GroupDraft, ItemDraft, PhaseDraft, ReadContext } from './drafts.js';
import { leadOf, lineOf, paragraphLines } from './inline.js';
import type { ListEntry } from './items.js';
import { readItemLine, readList } from './items.js';
import type { MetricDraft } from './metrics.js';
import { parseMetric } from './metrics.js';
import type { Section } from './sections.js';
import { extractStatus, statusOfValue } from './statuses.js';
import { isMetricTable, readTable, tableItems, tableMetrics } from './tables.js';

/** Where criteria go: a phase's metrics, criteria waiting for the phase they name, or the roadmap. */
export interface CriteriaSink {
  addMetric(metric: MetricDraft): void;
  /** A criterion without a number stays an item in a group named after its section. */
  addItem(item: ItemDraft, groupTitle: string): void;
}

/** Criteria of a phase: metrics to the phase, the rest to a group titled after the section. */
export function phaseCriteriaSink(phase: PhaseDraft): CriteriaSink {
  const groups = new Map<string, GroupDraft>();
  return {
    addMetric: (metric) => phase.metrics.push(metric),
    addItem: (item, title) => {
      let group = groups.get(title);
      if (!group) {
        group = { title, items: [] };
        groups.set(title, group);
        phase.groups.push(group);
      }
      group.items.push(item);
    },
  };
}

/** Roadmap-wide criteria: a criterion without a number has no phase to sit in, so it is a diagnostic. */
export function roadmapCriteriaSink(ctx: ReadContext): CriteriaSink {
  return {
    addMetric: (metric) => ctx.roadmap.metrics.push(metric),
    addItem: (item) => ctx.diagnostics.info(item.line, `criterion ${quote(item.text)} has no number, so it is not a metric, and no phase to hold it`),
  };
}

/** Criteria naming a phase or version (`Phase 1 Exit Criteria`), attached to it once all phases are read. */
export function pendingCriteriaSink(section: Section, ctx: ReadContext, numbering: string | undefined, version: string | undefined): CriteriaSink {
  const title = classifySection(section, 'phase', ctx.now).info.title;
  const pending = { line: section.line, heading: title, numbering, version, metrics: [] as MetricDraft[], group: { title, items: [] as ItemDraft[] } };
  ctx.roadmap.pending.push(pending);
  return { addMetric: (metric) => pending.metrics.push(metric), addItem: (item) => pending.group.items.push(item) };
}

function addCriterion(item: ItemDraft, sink: CriteriaSink, groupTitle: string, status: Status | undefined): void {
  const metric = parseMetric(item.key ? (item.detail ?? '') : item.title, item.key);
  if (!metric) {
    if (item.status === undefined && status) item.status = status;
    sink.addItem(item, groupTitle);
    return;
  }
  metric.text = item.text;
  const metricStatus = item.status ?? status;
  if (metricStatus) metric.status = metricStatus;
  sink.addMetric(metric);
}

/** Reads list entries as criteria; a nested lead-in titles the group of its criteria without numbers. */
export function addCriteriaEntries(entries: readonly ListEntry[], sink: CriteriaSink, groupTitle: string, status: Status | undefined): void {
  for (const entry of entries) {
    if (entry.kind === 'item') addCriterion(entry.item, sink, groupTitle, status);
    else addCriteriaEntries(entry.entries, sink, entry.title, entry.status ?? status);
  }
}

function readCriteriaBlocks(blocks: readonly RootContent[], sink: CriteriaSink, title: string, ctx: ReadContext): void {
  let groupTitle = title;
  let status: Status | undefined;
  for (const block of blocks) {
    if (block.type === 'paragraph') {
      for (const line of paragraphLines(block)) {
        const lead = leadOf(line);
        if (lead && lead.value === '') {
          groupTitle = extractStatus(lead.key).text || title;
          continue;
        }
        if (lead?.hasColon && statusOfValue(lead.value) && !parseMetric(lead.value)) {
          groupTitle = lead.key;
          status = statusOfValue(lead.value);
          continue;
        }
        const item = readItemLine(line, undefined, ctx);
        const metric = item ? parseMetric(item.key ? (item.detail ?? '') : item.title, item.key) : undefined;
        if (item && metric) addCriterion(item, sink, groupTitle, status);
        else ctx.diagnostics.info(line.line, `text ${quote(line.text)} in "${title}" is not a metric (no number) and was left out`);
      }
    } else if (block.type === 'list') {
      addCriteriaEntries(readList(block, ctx), sink, groupTitle, status);
    } else if (block.type === 'table') {
      const shape = readTable(block);
      if (isMetricTable(shape)) {
        const { metrics, items } = tableMetrics(shape, ctx);
        for (const metric of metrics) sink.addMetric(metric);
        for (const item of items) sink.addItem(item, groupTitle);
      } else {
        for (const item of tableItems(shape, ctx)) addCriterion(item, sink, groupTitle, status);
      }
    } else if (block.type !== 'thematicBreak' && !(block.type === 'html' && block.value.trimStart().startsWith('<!--'))) {
      ctx.diagnostics.info(lineOf(block), `${block.type} in "${title}" is not part of the model`);
    }
  }
}

/**
 * Reads a success-metrics, success-criteria or exit-criteria section. A sub-section that names a
 * phase or version (`Phase 1 Exit Criteria`, `v2.0 success criteria`) sends its criteria there.
 */
export function readCriteriaSection(section: Section, sink: CriteriaSink, ctx: ReadContext): void {
  const title = classifySection(section, 'phase', ctx.now).info.title;
  readCriteriaBlocks(section.blocks, sink, title, ctx);
  for (const child of section.children) {
    const info = classifySection(child, 'phase', ctx.now).info;
    const named = info.numbering !== undefined || info.version !== undefined;
    readCriteriaSection(child, named ? pendingCriteriaSink(child, ctx, info.numbering, info.version) : sink, ctx);
  }
}

/** The sink for a criteria section standing anywhere: the phase it names, else `fallback`. */
export function criteriaSinkFor(section: Section, fallback: CriteriaSink, ctx: ReadContext): CriteriaSink {
  const info = classifySection(section, 'phase', ctx.now).info;
  if (info.numbering !== undefined || info.version !== undefined) return pendingCriteriaSink(section, ctx, info.numbering, info.version);
  return fallback;
}
