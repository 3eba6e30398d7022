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

/** Every `.md` file of the folder, in name order. */
export function readRoadmaps(folder) {
  return readdirSync(folder)
    .filter((file) => file.endsWith('.md'))
    .sort()
    .map((file) => readFileSync(join(folder, file), 'utf8'));
}
