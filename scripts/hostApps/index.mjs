// Host-app checks for `npm test`: packs roadmap-kit once, installs the tarball from a temp folder
// once per React version, and checks in it a consumer app (type-check, bundle, stylesheets, SSR) and
// real host apps — a Vite + React 19 client app, a server-rendered app (renderToPipeableStream and
// renderToString, then hydrateRoot), the Vite app on React 18.3, and a Tailwind v4 app — builds
// each, opens it in Chromium and checks what a user sees and does; and renders a React Server
// Component that uses the package to the Flight payload; and runs the Markdown importer and the CLI
// from the installed package in plain Node. For static sites: a Vite app importing ROADMAP.md through
// roadmap-kit/vite (build, and dev with an HMR edit), the page `roadmap-kit render` writes (opened
// with JavaScript off), and a Next.js App Router app built on one day and opened 0, 3 and 40 days
// later. Each step is one named check.
// CLI: `node scripts/hostApps/index.mjs` (after `npm run build`).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './browser.mjs';
import { consumerHost } from './consumerHost.mjs';
import { markdownHost } from './markdownHost.mjs';
import { nextHost } from './nextHost.mjs';
import { hostChecks, installHost, typeCheckApps } from './hostSteps.mjs';
import { packTarball, repoRoot } from './packTarball.mjs';
import { renderHost } from './renderHost.mjs';
import { rscHost } from './rscHost.mjs';
import { ssrHost } from './ssrHost.mjs';
import { tailwindHost } from './tailwindHost.mjs';
import { viteClientHost } from './viteClientHost.mjs';
import { viteRoadmapHost } from './viteRoadmapHost.mjs';

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

const REACT_19_HOSTS = 'react 19 hosts (consumer, vite, ssr, tailwind v4, rsc, next)';

/**
 * Packs the package once and starts the two installs of the tarball (React 19 with Vite, Tailwind,
 * Flight and Next.js; React 18.3 with Vite), which overlap each other and whatever the caller runs
 * meanwhile (they wait mostly on the network and the disk). `tarball` is there once packed.
 * @returns {Promise<{ work: string, tarball: string, results: { name: string, ok: boolean, detail?: string }[], installed: Promise<{ react19: boolean, react18: boolean }> }>}
 */
export async function installHosts() {
  /** @type {{ name: string, ok: boolean, detail?: string }[]} */
  const results = [];
  const work = mkdtempSync(join(tmpdir(), 'roadmap-kit-hosts-'));
  let tarball = '';
  const packed = await hostChecks('host apps', results)('npm pack', () => {
    const pack = packTarball(work);
    tarball = pack.tarball;
    return pack.size;
  });
  if (!packed) return { work, tarball, results, installed: Promise.resolve({ react19: false, react18: false }) };
  const installed = Promise.all([
    hostChecks(REACT_19_HOSTS, results)('npm install the tarball, React 19, Vite, Tailwind and Next.js', () =>
      installHost(join(work, 'react-19'), tarball, [...REACT_19, ...VITE, ...TAILWIND, ...FLIGHT, ...NEXT]),
    ),
    hostChecks('react 18.3 hosts (consumer, vite, ssr)', results)('npm install the tarball, React 18.3 and Vite', () =>
      installHost(join(work, 'react-18'), tarball, [...REACT_18, ...VITE]),
    ),
  ]).then(([react19, react18]) => ({ react19, react18 }));
  return { work, tarball, results, installed };
}

/**
 * Runs every host on the installs of `installHosts()` (started here when not given) and removes the
 * folder when done. Returns the install checks and the hosts' checks.
 * @returns {Promise<{ name: string, ok: boolean, detail?: string }[]>}
 */
export async function hostAppChecks(hosts) {
  const { work, results, installed } = await (hosts ?? installHosts());
  const react19 = join(work, 'react-19');
  const react18 = join(work, 'react-18');
  let browser;
  try {
    const { react19: installed19, react18: installed18 } = await installed;
    // A host that throws outside its own checks (a page that never loads) still yields a named failure.
    const guard = async (host, run) => {
      try {
        await run(host);
      } catch (error) {
        results.push({ name: `${host}: finish the run`, ok: false, detail: String(error?.stack ?? error).slice(0, 4000) });
      }
    };
    if (installed19) {
      await hostChecks(REACT_19_HOSTS, results)('type-check the app sources against the shipped .d.ts', () => typeCheckApps(react19));
      await guard('consumer, react 19', (host) => consumerHost({ host, folder: react19 }, results));
      await guard('rsc host', (host) => rscHost({ host, folder: react19 }, results));
      await guard('markdown + cli host', (host) => markdownHost({ host, folder: react19 }, results));
    }
    if (installed18) await guard('consumer, react 18.3', (host) => consumerHost({ host, folder: react18 }, results));
    const launched = await hostChecks('host apps', results)('launch Chromium', async () => {
      browser = await launchChromium();
      return browser.version();
    });
    if (!launched) return results;
    if (installed19) {
      await guard('vite + react 19 host', (host) => viteClientHost({ host, browser, folder: react19, modes: ['production'] }, results));
      await guard('ssr host', (host) => ssrHost({ host, browser, folder: react19 }, results));
      await guard('tailwind v4 host', (host) => tailwindHost({ host, browser, folder: react19 }, results));
      await guard('vite plugin host (roadmap-kit/vite)', (host) => viteRoadmapHost({ host, browser, folder: react19 }, results));
      await guard('static page host (roadmap-kit render)', (host) => renderHost({ host, browser, folder: react19 }, results));
      await guard('next.js host', (host) => nextHost({ host, browser, folder: react19 }, results));
    }
    // React 18.3 logs its own deprecation warnings only in development, so both builds are opened.
    if (installed18) {
      await guard('react 18.3 host', (host) => viteClientHost({ host, browser, folder: react18, modes: ['production', 'development'] }, results));
      await guard('react 18.3 ssr host', (host) => ssrHost({ host, browser, folder: react18 }, results));
    }
  } finally {
    await browser?.close();
    // The installs hold ~1 GB of small files (Next.js alone is most of it): remove them in the
    // background (a detached rm), so the next step need not wait the 10+ s it takes.
    spawn('rm', ['-rf', work], { detached: true, stdio: 'ignore' }).unref();
  }
  return results;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  const results = await hostAppChecks();
  for (const result of results) console.log(`${result.ok ? '✓' : '✗'} ${result.name}${result.detail ? ` — ${result.detail}` : ''}`);
  console.log(`${results.filter((r) => r.ok).length} passed, ${results.filter((r) => !r.ok).length} failed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  process.exitCode = results.every((result) => result.ok) ? 0 : 1;
}
