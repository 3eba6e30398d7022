import type { RootContent } from 'mdast';
import { quote } from './diagnostics.js';
import type { ReadContext } from './drafts.js';
import { lineOf, plainText, readLead, splitLines } from './inline.js';
import { flattenEntries, readList } from './items.js';
import { parseCadence } from './cadences.js';
import type { Section } from './sections.js';
import { readTable } from './tables.js';

function labelOf(text: string): string {
  return text.split(/\s*[:–—]\s+|\s+-\s+|\s+(?=every\b)/i)[0]!.trim();
}

function readCadenceBlocks(blocks: readonly RootContent[], title: string, ctx: ReadContext): void {
  for (const block of blocks) {
    if (block.type === 'paragraph') {
      for (const line of splitLines(block.children, lineOf(block))) {
        const lead = readLead(line.nodes);
        if (lead?.hasColon && lead.value !== '') ctx.roadmap.cadences.push(parseCadence(lead.key, lead.value, line.text));
        else ctx.diagnostics.info(line.line, `text ${quote(line.text)} in "${title}" is not a release rule and was left out`);
      }
    } else if (block.type === 'list') {
      for (const item of flattenEntries(readList(block, ctx))) {
        const label = item.key ?? labelOf(item.text);
        ctx.roadmap.cadences.push(parseCadence(label, item.key ? (item.detail ?? '') : item.text, item.text));
      }
    } else if (block.type === 'table') {
      for (const row of readTable(block).rows) {
        const [label = '', ...rest] = row.texts;
        if (label !== '') ctx.roadmap.cadences.push(parseCadence(label, rest.join(' '), row.texts.join(' | ')));
      }
    } else if (block.type !== 'thematicBreak' && !(block.type === 'html' && block.value.trimStart().startsWith('<!--'))) {
      ctx.diagnostics.info(lineOf(block), `${block.type} in "${title}" is not part of the model: ${quote(plainText([block]))}`);
    }
  }
}

/** Reads a release-schedule section and its sub-sections into cadences. */
export function readCadenceSection(section: Section, ctx: ReadContext): void {
  readCadenceBlocks(section.blocks, section.text, ctx);
  for (const child of section.children) readCadenceSection(child, ctx);
}
