import type { Root } from 'mdast';
import { resolveNow } from '../dates/isoDate.js';
import type { Roadmap } from '../model/types.js';
import { validateRoadmap } from '../model/validateRoadmap.js';
import { formatValidationIssue } from '../model/validationContext.js';
import { assembleRoadmap } from './assembleRoadmap.js';
import type { Diagnostic } from './diagnostics.js';
import { createDiagnosticSink } from './diagnostics.js';
import type { ReadContext } from './drafts.js';
import { readFrontMatter } from './frontMatter.js';
import { parseMarkdownTree } from './parseMarkdownTree.js';
import { prepareSource } from './prepareSource.js';
import { readLegend } from './legend.js';
import { withLegend } from './statuses.js';
import { readDocument } from './readDocument.js';
import { readUpdated } from './readIntro.js';
import { buildSections } from './sections.js';

/** Options of `parseRoadmap`. */
export interface ParseRoadmapOptions {
  /** The day year-less and relative dates (`March`, `next quarter`) resolve against. @defaultValue today */
  now?: string | Date;
}

/** What `parseRoadmap` gives back: the model, and what it could not place or chose for the author. */
export interface ParseRoadmapResult {
  /** The roadmap read from the document: always valid (it passed `validateRoadmap`), never `undefined`. */
  roadmap: Roadmap;
  /** What the reader could not place, or chose for the author, with the source line of each. */
  diagnostics: Diagnostic[];
}

function read(tree: Root, now: string, lenient: boolean, lines: () => readonly string[]): ParseRoadmapResult {
  const ctx: ReadContext = { now, diagnostics: createDiagnosticSink(), roadmap: { phases: [], metrics: [], cadences: [], pending: [] }, lines };
  for (const note of tree.data?.notes ?? []) ctx.diagnostics.warn(note.line, note.message);
  const yaml = tree.children.find((node) => node.type === 'yaml');
  if (yaml && yaml.type === 'yaml') {
    const front = readFrontMatter(yaml.value);
    ctx.roadmap.title = front.title;
    ctx.roadmap.summary = front.summary;
    ctx.roadmap.updated = front.updated;
    if (front.badUpdated) ctx.diagnostics.info(1, `front matter updated ${JSON.stringify(front.badUpdated)} is not a date (expected YYYY-MM-DD)`);
  }
  const root = buildSections(tree.children.filter((node) => node.type !== 'yaml'));
  readDocument(root, ctx, lenient);
  readUpdated(root, ctx);
  const roadmap = assembleRoadmap(ctx, ctx.roadmap.title?.trim() || 'Roadmap');
  const checked = validateRoadmap(roadmap);
  if (checked.ok) return { roadmap: checked.roadmap, diagnostics: ctx.diagnostics.list() };
  // Not expected: every field above is built valid. Report it rather than hand out an invalid model.
  const issues = checked.issues.map(formatValidationIssue).join('; ');
  return { roadmap: emptyRoadmap(roadmap.title), diagnostics: [...ctx.diagnostics.list(), { line: 1, severity: 'warning', message: `the importer built an invalid roadmap (${issues}); returned an empty one` }] };
}

function emptyRoadmap(title = 'Roadmap'): Roadmap {
  return { title, phases: [], metrics: [], cadences: [] };
}

/**
 * Turns a ROADMAP.md as people write it into the roadmap model, with a diagnostic (and its line)
 * for everything it could not place. Never throws; the roadmap always passes `validateRoadmap`.
 * @example
 * import roadmapMd from './ROADMAP.md?raw';
 * const { roadmap, diagnostics } = parseRoadmap(roadmapMd, { now: '2026-03-15' });
 */
export function parseRoadmap(markdown: string, options: ParseRoadmapOptions = {}): ParseRoadmapResult {
  try {
    const now = resolveNow(options.now);
    const source = prepareSource(typeof markdown === 'string' ? markdown : String(markdown ?? ''));
    const tree = parseMarkdownTree(source);
    // Split only when a reader needs the source lines (an HTML table with blank lines inside).
    let split: readonly string[] | undefined;
    const lines = () => {
      split ??= source.split('\n');
      return split;
    };
    return withLegend(readLegend(tree), () => {
      const strict = read(tree, now, false, lines);
      // A roadmap organised by feature area has no version, date or status on its headings:
      // rather than nothing, read its sections with items as phases.
      if (strict.roadmap.phases.length > 0) return strict;
      const lenient = read(tree, now, true, lines);
      return lenient.roadmap.phases.length > 0 ? lenient : strict;
    });
  } catch (error) {
    // The last resort for what no rule foresaw: the tree is built without recursion and its depth
    // capped, so no input should get here.
    const reason = error instanceof Error ? error.message : String(error);
    return { roadmap: emptyRoadmap(), diagnostics: [{ line: 1, severity: 'warning', message: `could not read the document (${reason})` }] };
  }
}
