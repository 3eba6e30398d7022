// The consumer checks, run in each host folder's install of the tarball (React 19 and React 18.3):
// a small app written against the public API (../consumer) type-checks against the shipped .d.ts,
// bundles with esbuild with no warning, every roadmap-kit/styles/<component>.css bundles through the
// exports map as a whole sheet, and the package server-renders in plain Node.
import { cpSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { hostChecks, runAsync } from './hostSteps.mjs';
import { repoRoot } from './packTarball.mjs';

/**
 * Bundles `import 'roadmap-kit/styles/<name>.css'` for every sheet the installed package ships (the
 * Timeline's and the calendar's at least), so a broken `exports` entry fails here, and checks each
 * one is a whole sheet: the layer, the tokens and its component's root class.
 */
async function bundleComponentSheets(folder, app) {
  const names = readdirSync(join(folder, 'node_modules/roadmap-kit/dist/styles')).filter((name) => name.endsWith('.css'));
  for (const required of ['timeline.css', 'release-calendar.css']) {
    if (!names.includes(required)) throw new Error(`the package ships no dist/styles/${required} (found: ${names.join(', ')})`);
  }
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
    const rootClass = `.rk-${name.replace(/\.css$/, '')}`;
    for (const expected of ['@layer roadmap-kit;', '--rk-accent:', rootClass]) {
      if (!css.includes(expected)) throw new Error(`roadmap-kit/styles/${name} bundled without ${expected}`);
    }
  }
  return names.join(', ');
}

/**
 * @param {{ host: string, folder: string }} options `folder` holds the host's node_modules.
 * @param {{ name: string, ok: boolean, detail?: string }[]} results
 */
export async function consumerHost({ host, folder }, results) {
  const check = hostChecks(host, results);
  const app = join(folder, 'consumer');
  cpSync(join(repoRoot, 'scripts/consumer'), app, { recursive: true });
  await check('type-check against the shipped .d.ts', () => runAsync('node', [join(repoRoot, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], app).then(() => ''));
  await check('bundle with esbuild', async () => {
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
    if (result.warnings.length > 0) throw new Error(result.warnings.map((w) => w.text).join('\n'));
    return `${result.outputFiles.length} files`;
  });
  await check('bundle each roadmap-kit/styles/<component>.css through the exports map', () => bundleComponentSheets(folder, app));
  await check('server-render in Node', async () => (await runAsync('node', ['ssr.mjs'], app)).stdout.trim());
}
