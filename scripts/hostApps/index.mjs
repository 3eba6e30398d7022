// The host apps of `npm test`: packs roadmap-kit once and installs the tarball from a temp folder
// once per React version (react-19/ with Vite, Tailwind v4, Flight and Next.js; react-18/ with Vite),
// each with the fixture apps (apps/) and the consumer app (../consumer) beside its node_modules.
// The checks themselves are Playwright tests, e2e/hosts/*.spec.mjs, run on these installs.
// CLI: `node scripts/hostApps/index.mjs` (after `npm run build`) installs, runs them, cleans up.
import { execFile, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
// Vite and its React plugin at the versions the repository builds with; Tailwind v4 pinned.
const dev = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).devDependencies;
const VITE = [`vite@${dev.vite}`, `@vitejs/plugin-react@${dev['@vitejs/plugin-react']}`];
const TAILWIND = ['tailwindcss@4.3.5', '@tailwindcss/vite@4.3.5'];
const REACT_19 = [`react@${dev.react}`, `react-dom@${dev['react-dom']}`, '@types/react@19', '@types/react-dom@19', '@types/node@20'];
// Its version must equal React's; npm adds its webpack peer, as in a real RSC host.
const FLIGHT = [`react-server-dom-webpack@${dev.react}`];
const REACT_18 = ['react@18.3.1', 'react-dom@18.3.1', '@types/react@18', '@types/react-dom@18'];
// Next.js at the version the repository pins (its SWC binary is an optional npm dependency).
const NEXT = [`next@${dev.next}`];

const run = (command, args, cwd) => promisify(execFile)(command, args, { cwd, maxBuffer: 16 * 1024 * 1024, env: { ...process.env, npm_config_update_notifier: 'false' } });

/** Runs `action` as the check `name`: `{ name, ok, detail }` (its time, or its stderr when it fails) into `results`. */
async function check(results, name, action) {
  const began = Date.now();
  try {
    const detail = await action();
    results.push({ name, ok: true, detail: `${detail}, ${((Date.now() - began) / 1000).toFixed(1)} s` });
    return true;
  } catch (error) {
    results.push({ name, ok: false, detail: String(error?.stderr || error?.message || error).slice(0, 4000) });
    return false;
  }
}

/** npm install of the tarball and `deps` into `folder`, as a host would, then the apps beside node_modules. */
async function installHost(folder, tarball, deps) {
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'package.json'), JSON.stringify({ name: 'roadmap-kit-host', private: true, type: 'module' }));
  await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', tarball, ...deps], folder);
  cpSync(join(repoRoot, 'scripts/hostApps/apps'), folder, { recursive: true });
  cpSync(join(repoRoot, 'scripts/consumer'), join(folder, 'consumer'), { recursive: true });
  return deps.map((dep) => dep.replace(/(.)@.*/, '$1')).join(', ');
}

/**
 * `npm pack` (dist/ must exist), then the two installs, which overlap each other and whatever the
 * caller runs meanwhile. `installed` resolves with the install checks; `remove()` deletes the folder
 * in the background (a detached rm: ~1 GB of small files, Next.js most of it).
 */
export async function installHosts() {
  const work = mkdtempSync(join(tmpdir(), 'roadmap-kit-hosts-'));
  const results = [];
  let tarball = '';
  await check(results, 'npm pack', async () => {
    await run('npm', ['pack', '--pack-destination', work, '--silent'], repoRoot);
    tarball = join(work, readdirSync(work).find((name) => /^roadmap-kit-.*\.tgz$/.test(name)));
    return `${(statSync(tarball).size / 1024).toFixed(1)} KiB packed`;
  });
  const installed = !tarball
    ? Promise.resolve(results)
    : Promise.all([
        check(results, 'react 19 hosts: npm install the tarball, React 19, Vite, Tailwind, Flight and Next.js', () =>
          installHost(join(work, 'react-19'), tarball, [...REACT_19, ...VITE, ...TAILWIND, ...FLIGHT, ...NEXT]),
        ),
        check(results, 'react 18.3 hosts: npm install the tarball, React 18.3 and Vite', () => installHost(join(work, 'react-18'), tarball, [...REACT_18, ...VITE])),
      ]).then(() => results);
  return { work, tarball, installed, remove: () => spawn('rm', ['-rf', work], { detached: true, stdio: 'ignore' }).unref() };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const hosts = await installHosts();
  for (const result of await hosts.installed) console.log(`${result.ok ? '✓' : '✗'} ${result.name} — ${result.detail}`);
  const playwright = spawn(join(repoRoot, 'node_modules/.bin/playwright'), ['test', '-c', 'e2e/hosts.config.mjs', ...process.argv.slice(2)], {
    cwd: repoRoot,
    stdio: 'inherit',
    env: { ...process.env, ROADMAP_KIT_HOSTS: hosts.work },
  });
  playwright.on('close', (code) => {
    hosts.remove();
    process.exitCode = code;
  });
}
