import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import type { Plugin } from 'vite';
import { parseRoadmap } from '../markdown/parseRoadmap.js';
import { validateRoadmap } from '../model/validateRoadmap.js';

/** Options of the `roadmap()` Vite plugin. */
export interface RoadmapPluginOptions {
  /**
   * The day year-less and relative dates in the document (`March`, `next quarter`) resolve
   * against, as `parseRoadmap`'s `now`. @defaultValue the day of the build (or of the dev server's read)
   */
  now?: string | Date;
}

const QUERY = 'roadmap';

/** The file behind an id such as `/site/ROADMAP.md?roadmap`, or undefined for any other import. */
function roadmapFileOf(id: string): string | undefined {
  const [file, query] = id.split('?', 2);
  if (!file || query === undefined) return undefined;
  return new URLSearchParams(query).has(QUERY) ? file : undefined;
}

/**
 * A Vite plugin: `import roadmap from './ROADMAP.md?roadmap'` gives the validated `Roadmap` model,
 * parsed at build time (and on each dev-server read), so no markdown parser reaches the browser.
 * The importer's diagnostics become Vite warnings naming the file and line; an edit to the file
 * updates the page through HMR, since the module Vite builds from it belongs to that file.
 * @example
 * // vite.config.ts
 * import { roadmap } from 'roadmap-kit/vite';
 * export default defineConfig({ plugins: [react(), roadmap()] });
 */
export function roadmap(options: RoadmapPluginOptions = {}): Plugin {
  let root = process.cwd();
  return {
    name: 'roadmap-kit',
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
    },
    async load(id) {
      const file = roadmapFileOf(id);
      if (file === undefined) return null;
      this.addWatchFile(file);
      const { roadmap: parsed, diagnostics } = parseRoadmap(await readFile(file, 'utf8'), { now: options.now });
      const name = relative(root, file) || file;
      for (const diagnostic of diagnostics) {
        // Every diagnostic is something the importer could not place: nothing is dropped silently.
        const log = { message: `${name}:${diagnostic.line}: ${diagnostic.message}`, id: file, loc: { file, line: diagnostic.line, column: 0 } };
        if (diagnostic.severity === 'warning') this.warn(log);
        else this.info(log);
      }
      const checked = validateRoadmap(parsed);
      if (!checked.ok) this.error(`${name} does not give a valid roadmap: ${checked.issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ')}`);
      // JSON.parse of a string literal parses faster than the same data as an object literal.
      return { code: `export default JSON.parse(${JSON.stringify(JSON.stringify(checked.roadmap))});\n`, map: null, moduleType: 'js' };
    },
  };
}
