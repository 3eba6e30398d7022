// Real roadmaps to time the importer on: the `.md` files of a folder of ROADMAP.md documents
// taken from public repositories. Not part of the repo (their text is their authors'): the folder
// is `RK_REAL_ROADMAPS`, else `../shared/corpus` beside the repo when it exists (the team's
// corpus), else none, and the bench says which text it timed.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The folder of real roadmaps to use, or `undefined` when there is none. */
export function realRoadmapsFolder(root) {
  const folder = process.env.RK_REAL_ROADMAPS ? resolve(process.env.RK_REAL_ROADMAPS) : join(root, '..', 'shared', 'corpus');
  return existsSync(folder) ? folder : undefined;
}

/**
 * The roadmaps of the folder, in name order: every `.md` file, or, in a scored corpus (documents
 * beside their `.expect.json` facts), only those documents, not the folder's own notes.
 */
export function readRoadmaps(folder) {
  const files = readdirSync(folder);
  const markdown = files.filter((file) => file.endsWith('.md')).sort();
  const scored = markdown.filter((file) => files.includes(file.replace(/\.md$/, '.expect.json')));
  return (scored.length > 0 ? scored : markdown).map((file) => readFileSync(join(folder, file), 'utf8'));
}
