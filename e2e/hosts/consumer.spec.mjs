// A consumer app written against the public API (scripts/consumer) in each install of the tarball,
// React 19 and React 18.3: it type-checks against the shipped .d.ts, bundles with esbuild with no
// warning, every roadmap-kit/styles/<component>.css bundles through the exports map as a whole
// sheet, and the package server-renders in plain Node. In the React 19 install the host apps'
// sources (scripts/hostApps/apps) type-check too.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { build } from 'esbuild';
import { hostFolder, runAsync } from './hostEnv.mjs';

const repo = join(import.meta.dirname, '../..');
const tsc = join(repo, 'node_modules/typescript/bin/tsc');

test('react 19 install: the host apps type-check against the shipped .d.ts', async () => {
  await runAsync('node', [tsc, '-p', 'tsconfig.json'], hostFolder('react-19'));
});

for (const [install, react] of [
  ['react-19', 'react 19'],
  ['react-18', 'react 18.3'],
]) {
  test.describe(`consumer, ${react}`, () => {
    const folder = hostFolder(install);
    const app = join(folder, 'consumer');
    test('type-check against the shipped .d.ts', async () => {
      await runAsync('node', [tsc, '-p', 'tsconfig.json'], app);
    });

    test('bundle with esbuild', async () => {
      const result = await build({
        entryPoints: [join(app, 'app.tsx')],
        bundle: true,
        write: false,
        outdir: join(app, 'out'),
        format: 'esm',
        jsx: 'automatic',
        external: ['react', 'react-dom', 'react/jsx-runtime'],
        absWorkingDir: app,
        logLevel: 'silent',
      });
      expect(result.warnings.map((warning) => warning.text)).toEqual([]);
    });

    // A broken `exports` entry fails here; each sheet must be whole: the layer, the tokens and its component's root class.
    test('bundle each roadmap-kit/styles/<component>.css through the exports map', async () => {
      const names = readdirSync(join(folder, 'node_modules/roadmap-kit/dist/styles')).filter((name) => name.endsWith('.css'));
      expect(names).toEqual(expect.arrayContaining(['timeline.css', 'release-calendar.css']));
      for (const name of names) {
        const result = await build({
          stdin: { contents: `import 'roadmap-kit/styles/${name}';`, resolveDir: app, sourcefile: 'sheet-entry.js' },
          bundle: true,
          write: false,
          outdir: join(app, 'out-styles'),
          absWorkingDir: app,
          logLevel: 'silent',
        });
        const css = result.outputFiles.find((file) => file.path.endsWith('.css'))?.text ?? '';
        for (const expected of ['@layer roadmap-kit;', '--rk-accent:', `.rk-${name.replace(/\.css$/, '')}`]) expect(css, `roadmap-kit/styles/${name}`).toContain(expected);
      }
    });

    test('server-render in Node', async () => {
      expect((await runAsync('node', ['ssr.mjs'], app)).stdout.trim()).toBe('ssr ok');
    });
  });
}
