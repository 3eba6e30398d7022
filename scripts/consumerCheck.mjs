// Packs roadmap-kit, installs the tarball into throwaway host apps (React 19 and React 18.3) in a
// temp folder, then type-checks, bundles and server-renders them. Each step is one check.
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packTarball, repoRoot as root, run } from './hostApps/packTarball.mjs';

const fixtures = join(root, 'scripts/consumer');
const HOSTS = [
  { name: 'react 19', deps: ['react@19.3.1', 'react-dom@19.3.1', '@types/react@19', '@types/react-dom@19'] },
  { name: 'react 18.3', deps: ['react@18.3.1', 'react-dom@18.3.1', '@types/react@18', '@types/react-dom@18'] },
];

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
