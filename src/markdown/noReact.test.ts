import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const srcDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const IMPORT = /(?:^|\n)\s*(?:import|export)\s(?!type\s)[^;]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/**
 * Every bare package an entry file loads at run time (type-only imports aside), through its
 * relative imports; with `atImport`, only what loads with the entry (dynamic imports aside).
 */
function packagesReachedFrom(entry: string, { atImport = false } = {}): Set<string> {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(IMPORT)) {
      if (atImport && match[1] === undefined) continue;
      const specifier = (match[1] ?? match[2])!;
      const source = join(dirname(file), specifier.replace(/\.js$/, '.ts'));
      if (specifier.startsWith('.')) queue.push(existsSync(source) ? source : `${source}x`);
      else packages.add(specifier);
    }
  }
  return packages;
}

describe('the markdown and vite entries and the CLI', () => {
  it.each([
    ['markdown/index.ts', false],
    ['vite/index.ts', false],
    ['cli/main.ts', true],
  ])('%s never reaches React or any UI package (at import: %s)', (entry, atImport) => {
    const uiPackages = [...packagesReachedFrom(join(srcDir, entry), { atImport })].filter((name) => /^(?:react|react-dom|framer-motion|@radix-ui)(?:\/|$)/.test(name));
    expect(uiPackages).toEqual([]);
  });

  it('reaches only the markdown parser packages and Node built-ins', () => {
    const packages = [...packagesReachedFrom(join(srcDir, 'cli/main.ts'), { atImport: true })].filter((name) => !name.startsWith('node:')).sort();
    expect(packages).toEqual(['date-fns', 'linkify-it', 'markdown-it']);
  });

  it('loads React only when `render` runs, through its dynamic import', () => {
    expect([...packagesReachedFrom(join(srcDir, 'cli/main.ts'))]).toContain('react-dom/server');
  });
});
