import type { RootContent } from 'mdast';
import { classifySection } from './classifySection.js';
import type { ReadContext } from './drafts.js';
import { sameForm } from './gathering.js';
import { headingText } from './siteMarkup.js';
import { parseHeading } from './headings.js';
import type { Section } from './sections.js';
import { hasItems } from './sections.js';
import { stripEmoji } from './statuses.js';

/**
 * The section whose heading is the document's title, if any:
 * - the first level-1 heading, unless it is surely a phase (`# v1.0 — Launch`) or the first of a row
 *   of level-1 phases written alike (`# Pilot Phase 0 (2019)`, `# Pilot Phase 1 (2020)`); read
 *   leniently, unless it holds a checklist like its level-1 siblings (sections of work, no title);
 * - without a level-1 heading, a single top heading at any level over the rest (`## Orbit Roadmap`).
 */
export function titleSection(root: Section, ctx: ReadContext, lenient: boolean): Section | undefined {
  const [first, ...others] = root.children;
  if (!first) return undefined;
  const kind = classifySection(first, 'top', ctx.now);
  if (first.depth === 1) {
    if (kind.kind === 'phase' && kind.info.strength === 2) return undefined;
    const peers = others.filter((other) => other.depth === 1);
    const rowOfPhases = kind.kind === 'phase' && peers.some((peer) => {
      const theirs = classifySection(peer, 'top', ctx.now);
      return theirs.kind === 'phase' && sameForm(theirs.info, kind.info);
    });
    const rowOfChecklists = lenient && hasItems(first.blocks) && peers.length > 0 && peers.every((peer) => hasItems(peer.blocks));
    return rowOfPhases || rowOfChecklists ? undefined : first;
  }
  return others.length === 0 && first.children.length > 0 && kind.kind !== 'phase' ? first : undefined;
}

const HTML_HEADING = /<h([1-3])\b[^>]*>([\s\S]*?)<\/h\1\s*>/i;

/** A title written as an HTML heading before the first markdown heading (`<h1 align="center">Orbit</h1>`). */
export function htmlTitle(blocks: readonly RootContent[]): string | undefined {
  for (const block of blocks) {
    if (block.type !== 'html') continue;
    const heading = HTML_HEADING.exec(block.value);
    const text = heading ? headingText(heading[2]!) : '';
    if (text !== '') return text;
  }
  return undefined;
}

/** The title as written in the heading: emoji and spacing taken out, version and dates kept. */
export function titleText(section: Section, ctx: ReadContext): string | undefined {
  const text = stripEmoji(section.text).replace(/\s+/g, ' ').trim();
  return text === '' ? parseHeading(section.text, ctx.now).title : text;
}
