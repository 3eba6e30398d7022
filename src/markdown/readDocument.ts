import type { RootContent } from 'mdast';
import { classifySection } from './classifySection.js';
import { htmlTitle, titleSection, titleText } from './documentTitle.js';
import { applyGatheredStatus, gatheredStatus, gatheringOf, hasPhaseKeys } from './gathering.js';
import type { ReadContext } from './drafts.js';
import type { HeadingInfo } from './headings.js';
import { parseHeading } from './headings.js';
import { lineOf, plainText } from './inline.js';
import { criteriaSinkFor, readCriteriaSection, roadmapCriteriaSink } from './readCriteria.js';
import { readCadenceSection, readProseCadence } from './readCadences.js';
import { hasBoldPhases, readIntro } from './readIntro.js';
import { readPhaseSection } from './readPhase.js';
import { reportOutsidePart, roadmapPart } from './roadmapPart.js';
import type { Section } from './sections.js';
import { hasItems } from './sections.js';
import { stripEmoji } from './statuses.js';
import { isPhaseTable, readTable } from './tables.js';

function hasPhaseTable(blocks: readonly RootContent[]): boolean {
  return blocks.some((block) => block.type === 'table' && isPhaseTable(readTable(block)));
}

/** Under `## 2025`, a year-less `### Q1` is in 2025: year-less dates resolve against that year. */
function withYearOf(info: HeadingInfo, ctx: ReadContext): ReadContext {
  if (info.when?.precision !== 'year' || info.when.start.slice(0, 4) !== info.when.end.slice(0, 4)) return ctx;
  const day = ctx.now.slice(5) === '02-29' ? '02-28' : ctx.now.slice(5);
  return { ...ctx, now: `${info.when.start.slice(0, 4)}-${day}` };
}

// Without an introduction, the first paragraph of one of these sections is the roadmap's summary.
const ABOUT = /\b(?:vision|overview|introduction|about|summary|mission)\b/i;

function firstParagraph(blocks: readonly RootContent[]): string | undefined {
  const paragraph = blocks.find((block) => block.type === 'paragraph');
  const text = paragraph?.type === 'paragraph' ? plainText(paragraph.children).replace(/\s+/g, ' ').trim() : '';
  return text === '' ? undefined : text;
}

function hasContent(blocks: readonly RootContent[]): boolean {
  return blocks.some((block) => block.type === 'paragraph' || block.type === 'list' || block.type === 'table' || block.type === 'code' || block.type === 'blockquote');
}

/** In a section kept out of the roadmap, only headings that are surely phases (`v0.1.0 - …`) are still read. */
function readStrongPhases(sections: readonly Section[], ctx: ReadContext): void {
  for (const section of sections) {
    const kind = classifySection(section, 'top', ctx.now);
    if (kind.kind === 'phase' && kind.info.strength === 2 && gatheringOf(section, kind.info, ctx) === 'phase') readPhaseSection(section, kind.info, ctx);
    else readStrongPhases(section.children, ctx);
  }
}

/** Reads what a gathering heading gathers, handing down what the heading says (`Historical` → done). */
function readGathered(section: Section, info: HeadingInfo, ctx: ReadContext, lenient: boolean): void {
  const from = ctx.roadmap.phases.length;
  readIntro(section.blocks, ctx, info.title);
  readSections(section.children, ctx, lenient);
  applyGatheredStatus(ctx, from, gatheredStatus(section, info));
}

/**
 * Walks the sections below the title: phases, containers of phases, criteria, release schedules,
 * and sections kept out. `lenient` (used when a strict reading finds no phase at all) also takes
 * plain sections with items as phases, for roadmaps organised by feature area.
 */
export function readSections(sections: readonly Section[], ctx: ReadContext, lenient: boolean): void {
  for (const section of sections) {
    const kind = classifySection(section, 'top', ctx.now);
    switch (kind.kind) {
      case 'metrics':
        readCriteriaSection(section, criteriaSinkFor(section, roadmapCriteriaSink(ctx), ctx), ctx);
        break;
      case 'cadence':
        readCadenceSection(section, ctx);
        break;
      case 'skip': {
        const summary = ctx.roadmap.summary === undefined && ABOUT.test(section.text) ? firstParagraph(section.blocks) : undefined;
        if (summary !== undefined) ctx.roadmap.summary = summary;
        const note = summary === undefined ? '' : ' (its first paragraph is the roadmap summary)';
        for (const block of section.blocks) if (block.type === 'paragraph') readProseCadence(block, ctx);
        if (hasContent(section.blocks) || section.children.length > 0) ctx.diagnostics.info(section.line, `section "${stripEmoji(section.text).trim()}" is not a phase and was kept out of the roadmap${note}`);
        readStrongPhases(section.children, ctx);
        break;
      }
      case 'phase': {
        const gathering = gatheringOf(section, kind.info, ctx);
        // A table of phases under a heading makes that heading their container (`## Upcoming`).
        if (gathering === 'gather' || (kind.info.strength < 2 && hasPhaseTable(section.blocks))) {
          readGathered(section, kind.info, withYearOf(kind.info, ctx), lenient);
        } else if (gathering === 'peers') {
          const peers = section.children.filter((child) => classifySection(child, 'top', ctx.now).kind === 'phase');
          readPhaseSection({ ...section, children: section.children.filter((child) => !peers.includes(child)) }, kind.info, ctx);
          readSections(peers, ctx, lenient);
        } else {
          readPhaseSection(section, kind.info, ctx);
        }
        break;
      }
      case 'plain': {
        // Phases written as bold lines over their lists make the section their container, as sub-headings would.
        const hasPhaseChild = section.children.some((child) => classifySection(child, 'top', ctx.now).kind === 'phase') || hasBoldPhases(section.blocks, ctx);
        if (hasPhaseKeys(section.blocks) || (lenient && !hasPhaseChild && (hasItems(section.blocks) || section.children.length > 0))) {
          readPhaseSection(section, kind.info, ctx);
          break;
        }
        if (!hasPhaseChild && hasContent(section.blocks) && !section.blocks.some((block) => block.type === 'table')) {
          for (const block of section.blocks) if (block.type === 'paragraph') readProseCadence(block, ctx);
          ctx.diagnostics.info(section.line, `section "${kind.info.title}" has no version, date or status, so it is not read as a phase`);
          readSections(section.children, ctx, lenient);
        } else {
          readGathered(section, kind.info, ctx, lenient);
        }
        break;
      }
      default:
        kind satisfies never;
    }
  }
}

/**
 * Reads the whole document: the first level-1 heading is the title (unless it is itself a phase
 * such as `# v1.0`), the text under it the introduction, and the sections below it the roadmap.
 */
export function readDocument(root: Section, ctx: ReadContext, lenient: boolean): void {
  const title = titleSection(root, ctx, lenient);
  let intro: RootContent[] = root.blocks;
  let sections: Section[] = root.children;
  if (title) {
    ctx.roadmap.title ??= titleText(title, ctx);
    intro = [...root.blocks, ...title.blocks];
    sections = root.children.flatMap((section) => (section === title ? section.children : [section]));
  } else {
    ctx.roadmap.title ??= htmlTitle(root.blocks);
  }
  const part = roadmapPart(title ? title.text : ctx.roadmap.title, sections, ctx);
  if (part) {
    // In the roadmap part of a README, a section of work with no version or date is still a phase.
    readIntro(intro, ctx, 'intro');
    reportOutsidePart(sections, part, ctx);
    readSections(part, ctx, true);
    return;
  }
  if (lenient && !hasItemsAnywhere(sections) && hasItems(intro)) {
    // A bare checklist with no headings: one phase named after the document.
    const phase = readPhaseSection({ depth: 1, line: 1, text: ctx.roadmap.title ?? 'Roadmap', blocks: intro, children: [] }, parseHeading(ctx.roadmap.title ?? 'Roadmap', ctx.now), ctx);
    phase.line = lineOf(intro[0] ?? { position: undefined });
  } else {
    readIntro(intro, ctx, 'intro');
  }
  readSections(sections, ctx, lenient);
}

function hasItemsAnywhere(sections: readonly Section[]): boolean {
  return sections.some((section) => hasItems(section.blocks) || hasItemsAnywhere(section.children));
}
