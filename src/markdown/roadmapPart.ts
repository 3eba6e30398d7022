import { classifySection } from './classifySection.js';
import type { ReadContext } from './drafts.js';
import type { Section } from './sections.js';
import { stripEmoji } from './statuses.js';
import { namesRoadmap } from './vocabulary/sections.js';

/** Whether a section is surely a phase by its heading: a version or numbering up front, or a date. */
function isSurePhase(section: Section, ctx: ReadContext): boolean {
  const kind = classifySection(section, 'top', ctx.now);
  return kind.kind === 'phase' && (kind.info.strength === 2 || kind.info.when !== undefined);
}

/**
 * In a README that keeps its roadmap under a `## Roadmap` section (its title, in a heading or in
 * HTML, names the project, not a roadmap), that section is the roadmap: setup, usage, packaging and thanks around it are not.
 * `undefined` when the document is a roadmap throughout, or a phase stands outside that section.
 */
export function roadmapPart(title: string | undefined, sections: readonly Section[], ctx: ReadContext): Section[] | undefined {
  // Without a title, the sections are a row of peers (`# Core Roadmap`, `# Search`), not a README.
  if (title === undefined || namesRoadmap(title)) return undefined;
  const parts = sections.filter((section) => namesRoadmap(section.text) && classifySection(section, 'top', ctx.now).kind !== 'metrics');
  if (parts.length === 0 || parts.length === sections.length) return undefined;
  if (sections.some((section) => !parts.includes(section) && isSurePhase(section, ctx))) return undefined;
  return parts;
}

/** Reports the sections of a README outside its roadmap part, with their lines. */
export function reportOutsidePart(sections: readonly Section[], parts: readonly Section[], ctx: ReadContext): void {
  const where = stripEmoji(parts[0]!.text).trim();
  for (const section of sections) {
    if (!parts.includes(section)) ctx.diagnostics.info(section.line, `section "${stripEmoji(section.text).trim()}" is outside the roadmap part of the document ("${where}") and was left out`);
  }
}
