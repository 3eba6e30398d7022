import type { Paragraph, RootContent } from 'mdast';
import { namesRelease, parseCadence, parsePeriod, releaseRhythmOf, statesSupportWindow, toSentenceCase } from './cadences.js';
import { quote } from './diagnostics.js';
import type { ReadContext } from './drafts.js';
import { lineOf, plainText, readLead, paragraphLines } from './inline.js';
import { flattenEntries, readList } from './items.js';
import { readPhaseTable } from './readPhaseTable.js';
import type { Section } from './sections.js';
import { readTable } from './tables.js';

function labelOf(text: string): string {
  return text.split(/\s*[:–—]\s+|\s+-\s+|\s+(?=every\b)/i)[0]!.trim();
}

/** The sentences of a paragraph's text, line breaks joined: a sentence often wraps onto the next line. */
function sentencesOf(text: string): string[] {
  return text
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?。！？])\s+|(?<=[。！？])/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '');
}

/**
 * A release rhythm stated in prose anywhere in the document (`We release a new version every
 * 4 months.`) is a cadence, once: a rhythm the document already has is not added again.
 * @returns whether the paragraph stated one
 */
export function readProseCadence(paragraph: Paragraph, ctx: ReadContext): boolean {
  const text = plainText(paragraph.children);
  // Every rhythm names a release: most paragraphs name none, and are not cut into sentences.
  if (!namesRelease(text)) return false;
  for (const sentence of sentencesOf(text)) {
    const every = releaseRhythmOf(sentence);
    if (!every) continue;
    const known = ctx.roadmap.cadences.some((cadence) => cadence.every?.count === every.count && cadence.every.unit === every.unit);
    if (!known) ctx.roadmap.cadences.push({ label: 'Releases', every, text: sentence });
    return true;
  }
  return false;
}

/** In a release-schedule section, a paragraph of rules: its first sentence with a period is the section's rhythm. */
function readRuleParagraph(paragraph: Paragraph, title: string, ctx: ReadContext): void {
  const lines = paragraphLines(paragraph);
  const leads = lines.map((line) => readLead(line.nodes));
  if (leads.some((lead) => lead?.hasColon && lead.value !== '')) {
    lines.forEach((line, index) => {
      const lead = leads[index];
      if (lead?.hasColon && lead.value !== '') ctx.roadmap.cadences.push(parseCadence(lead.key, lead.value, line.text));
      else ctx.diagnostics.info(line.line, `text ${quote(line.text)} in "${title}" is not a release rule and was left out`);
    });
    return;
  }
  const sentence = sentencesOf(plainText(paragraph.children)).find((text) => parsePeriod(text) !== undefined && !statesSupportWindow(text));
  if (sentence) {
    ctx.roadmap.cadences.push({ label: toSentenceCase(title) || 'Releases', every: parsePeriod(sentence)!, text: sentence });
    return;
  }
  for (const line of lines) ctx.diagnostics.info(line.line, `text ${quote(line.text)} in "${title}" is not a release rule and was left out`);
}

function readCadenceBlocks(blocks: readonly RootContent[], title: string, ctx: ReadContext): void {
  for (const block of blocks) {
    if (block.type === 'paragraph') {
      readRuleParagraph(block, title, ctx);
    } else if (block.type === 'list') {
      for (const item of flattenEntries(readList(block, ctx))) {
        // A rule names a period (`Patch releases every week`) or a kind of release (`**Patch Releases**: As needed`);
        // other bullets explain the schedule (`Current - should incorporate most changes`).
        if (parsePeriod(item.text) || (item.key !== undefined && namesRelease(item.key))) {
          const label = item.key ?? labelOf(item.text);
          ctx.roadmap.cadences.push(parseCadence(label, item.key ? (item.detail ?? '') : item.text, item.text));
        } else {
          ctx.diagnostics.info(item.line, `${quote(item.text)} in "${title}" names no release period and was left out`);
        }
      }
    } else if (block.type === 'table') {
      const shape = readTable(block);
      // A table of releases under the schedule lists releases, not rules.
      if (shape.columns.listsReleases) {
        readPhaseTable(shape, ctx);
        continue;
      }
      for (const row of shape.rows) {
        const [label = '', ...rest] = row.texts;
        if (label !== '' && parsePeriod(rest.join(' '))) ctx.roadmap.cadences.push(parseCadence(label, rest.join(' '), row.texts.join(' | ')));
        else ctx.diagnostics.info(row.line, `row ${quote(row.texts.join(' | '))} in "${title}" has no release period and was left out`);
      }
    } else if (block.type !== 'thematicBreak' && !(block.type === 'html' && block.value.trimStart().startsWith('<!--'))) {
      ctx.diagnostics.info(lineOf(block), `${block.type} in "${title}" is not part of the model: ${quote(plainText([block]))}`);
    }
  }
}

/** Reads a release-schedule section and its sub-sections into cadences (and the releases it tabulates into phases). */
export function readCadenceSection(section: Section, ctx: ReadContext): void {
  readCadenceBlocks(section.blocks, section.text, ctx);
  for (const child of section.children) readCadenceSection(child, ctx);
}
