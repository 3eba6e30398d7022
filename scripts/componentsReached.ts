import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

// `import … from './x.js'`, `export … from '../y.js'`, `import './z.js'` and `import('./w.js')`,
// relative ones only; `import type` / `export type` are left out: types render nothing.
const STATIC_IMPORT = /^\s*(?:import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s*)?['"](\.{1,2}\/[^'"]+)['"]/gm;
const DYNAMIC_IMPORT = /\bimport\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;

function relativeImports(source: string): string[] {
  const specifiers = [...source.matchAll(STATIC_IMPORT)].filter((match) => !match[1]).map((match) => match[2]!);
  return [...specifiers, ...[...source.matchAll(DYNAMIC_IMPORT)].map((match) => match[1]!)];
}

/** The source file an import names: sources import `./x.js`, the file on disk is `x.ts` or `x.tsx`. */
function resolveSource(fromFile: string, specifier: string): string | undefined {
  const target = resolve(dirname(fromFile), specifier);
  if (!/\.(js|ts|tsx)$/.test(target)) return undefined; // JSON and other data render no component
  const stem = target.replace(/\.(js|ts|tsx)$/, '');
  const found = [`${stem}.ts`, `${stem}.tsx`].find((candidate) => existsSync(candidate));
  if (!found) throw new Error(`${fromFile}: cannot find the source of '${specifier}'`);
  return found;
}

/**
 * The folders under `src/components/` that `src/components/<component>/<component>.tsx` reaches
 * through relative imports, followed transitively (its own folder included), sorted. A component
 * that renders another, or borrows its icons and the `data-status` colours that come with them,
 * reaches that folder, so its stylesheet is built with that folder's CSS too and cannot fall
 * behind when the code starts rendering something new.
 */
export function componentsReached(root: string, component: string): string[] {
  const componentsDir = join(root, 'src/components');
  const entry = join(componentsDir, component, `${component}.tsx`);
  if (!existsSync(entry)) throw new Error(`${component} has no ${component}.tsx`);
  const seen = new Set<string>();
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const specifier of relativeImports(readFileSync(file, 'utf8'))) {
      const target = resolveSource(file, specifier);
      if (target && !seen.has(target)) pending.push(target);
    }
  }
  const folders = [...seen]
    .map((file) => relative(componentsDir, file))
    .filter((path) => !path.startsWith('..') && path.includes(sep))
    .map((path) => path.split(sep)[0]!);
  return [...new Set(folders)].sort();
}
