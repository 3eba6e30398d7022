import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const srcDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const IMPORT = /(?:^|\n)\s*(?:import|export)\s(?!type\s)[^;]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Every bare package an entry file loads at run time (type-only imports aside), through its relative imports. */
function packagesReachedFrom(entry: string): Set<string> {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(IMPORT)) {
      const specifier = (match[1] ?? match[2])!;
      if (specifier.startsWith('.')) queue.push(join(dirname(file), specifier.replace(/\.js$/, '.ts')));
      else packages.add(specifier);
    }
  }
  return packages;
}

describe('the markdown entry and the CLI', () => {
  it.each(['markdown/index.ts', 'cli/main.ts'])('%s never reaches React or any UI package', (entry) => {
    const uiPackages = [...packagesReachedFrom(join(srcDir, entry))].filter((name) => /^(?:react|react-dom|framer-motion|@radix-ui)(?:\/|$)/.test(name));
    expect(uiPackages).toEqual([]);
  });

  it('reaches only the markdown parser packages and Node built-ins', () => {
    const packages = [...packagesReachedFrom(join(srcDir, 'cli/main.ts'))].filter((name) => !name.startsWith('node:')).sort();
    expect(packages).toEqual(['date-fns', 'markdown-it']);
  });
});
