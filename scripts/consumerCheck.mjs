// Packs roadmap-kit, installs the tarball into throwaway host apps (React 19 and React 18.3) in a
// temp folder, then type-checks, bundles (the app, and each per-component stylesheet on its own) and
// server-renders them. Each step is one check.
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packTarball, repoRoot as root, run } from './hostApps/packTarball.mjs';

const fixtures = join(root, 'scripts/consumer');
const HOSTS = [
  { name: 'react 19', deps: ['react@19.3.1', 'react-dom@19.3.1', '@types/react@19', '@types/react-dom@19'] },
  { name: 'react 18.3', deps: ['react@18.3.1', 'react-dom@18.3.1', '@types/react@18', '@types/react-dom@18'] },
];

/**
 * Bundles `import 'roadmap-kit/styles/<name>.css'` for every sheet the installed package ships (the
 * Timeline's and the calendar's at least), so a broken `exports` entry fails here, and checks each
 * one is a whole sheet: the layer, the tokens and its component's root class.
 */
async function bundleComponentSheets(app) {
  const { build } = await import('esbuild');
  const names = readdirSync(join(app, 'node_modules/roadmap-kit/dist/styles')).filter((name) => name.endsWith('.css'));
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

/** @returns {Promise<{ name: string, ok: boolean, detail?: string }[]>} */
export async function consumerCheck() {
  const results = [];
  const check = async (name, step) => {
    try {
      const detail = await step();
      results.push({ name, ok: true, detail });
    } catch (error) {
      results.push({ name, ok: false, detail: String(error.stderr || error.stdout || error.message).slice(0, 4000) });
    }
  };
  const work = mkdtempSync(join(tmpdir(), 'roadmap-kit-consumer-'));
  let tarball;
  await check('npm pack', () => {
    const packed = packTarball(work);
    tarball = packed.tarball;
    return packed.size;
  });
  for (const host of HOSTS) {
    const app = join(work, host.name.replace(/\W+/g, '-'));
    await check(`${host.name}: install the tarball`, () => {
      run('mkdir', ['-p', app]);
      writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'host-app', private: true, type: 'module' }));
      run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', tarball, ...host.deps], app);
      for (const file of ['app.tsx', 'ssr.mjs', 'tsconfig.json', 'css.d.ts']) copyFileSync(join(fixtures, file), join(app, file));
    });
    await check(`${host.name}: type-check against the shipped .d.ts`, () => run(join(root, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json'], app));
    await check(`${host.name}: bundle with esbuild`, async () => {
      const { build } = await import('esbuild');
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
    await check(`${host.name}: bundle each roadmap-kit/styles/<component>.css through the exports map`, () => bundleComponentSheets(app));
    await check(`${host.name}: server-render in Node`, () => run('node', ['ssr.mjs'], app).trim());
  }
  rmSync(work, { recursive: true, force: true });
  return results;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const results = await consumerCheck();
  for (const result of results) console.log(`${result.ok ? '✓' : '✗'} consumer: ${result.name}${result.detail ? ` (${result.detail})` : ''}`);
  process.exitCode = results.every((result) => result.ok) ? 0 : 1;
}
