// Where the installs are and how a host builds and serves its app: with its own Vite (its JS API),
// or as its own Node process (the SSR server, `next start`).
import { execFile, spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';

const hosts = process.env.ROADMAP_KIT_HOSTS;

/** The folder of an install (`react-19` or `react-18`) and, with `app`, of one fixture app in it. */
export function hostFolder(install, app = '') {
  if (!hosts) throw new Error('ROADMAP_KIT_HOSTS is not set: run `node scripts/hostApps/index.mjs`');
  return join(hosts, install, app);
}

// The environment of the commands a host runs: without the FORCE_COLOR Playwright's worker has (a
// host's build runs in a plain terminal-less shell, and Node warns when NO_COLOR meets it).
const { FORCE_COLOR, ...plainEnv } = process.env;

/** Runs a command to its end; rejects on a non-zero exit with its output in the error. */
export function runAsync(command, args, cwd, env = {}) {
  return promisify(execFile)(command, args, { cwd, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024, env: { ...plainEnv, npm_config_update_notifier: 'false', ...env } });
}

/** The install's own Vite, loaded from its node_modules (not the repository's). */
export function hostVite(app) {
  return import(pathToFileURL(join(app, '../node_modules/vite/dist/node/index.js')).href);
}

/**
 * `vite build` with the host's own Vite; anything it prints fails the build. A development build
 * (NODE_ENV=development, which `--mode` alone does not set) must really bundle React's development
 * code, recognised by one of its dev-only warnings. Returns the output folder.
 */
export async function viteBuild(app, mode = 'production') {
  const outDir = mode === 'production' ? 'dist' : `dist-${mode}`;
  const { stdout, stderr } = await runAsync('node', [join(app, '../node_modules/vite/bin/vite.js'), 'build', '--mode', mode, '--outDir', outDir], app, { NODE_ENV: mode });
  expect(`${stdout}\n${stderr}`.trim(), 'what vite build printed').not.toMatch(/warn|error|\(!\)/i);
  const assets = join(app, outDir, 'assets');
  const js = readdirSync(assets).filter((file) => file.endsWith('.js'));
  if (mode === 'development') {
    expect(js.some((file) => readFileSync(join(assets, file), 'utf8').includes('Each child in a list should have')), "React's development code in the bundle").toBe(true);
  }
  test.info().annotations.push({ type: 'built', description: `${mode}: ${(js.reduce((sum, file) => sum + statSync(join(assets, file)).size, 0) / 1024).toFixed(0)} KiB of JS` });
  return join(app, outDir);
}

/** Serves a built folder with the host's `vite preview` on 127.0.0.1 at a free port. */
export async function previewServer(app, outDir = 'dist') {
  const { preview } = await hostVite(app);
  const server = await preview({ root: app, configFile: false, logLevel: 'silent', build: { outDir }, preview: { host: '127.0.0.1', port: 0 } });
  return { origin: server.resolvedUrls.local[0].replace(/\/$/, ''), close: () => server.close() };
}

/**
 * Starts a server process under GNU `timeout` (so it stops by itself), resolving once its output
 * matches `ready`; `output` collects stdout and stderr, `errors` stderr alone.
 */
export function startProcess(command, args, { cwd, env = {}, ready, seconds = 180 }) {
  const child = spawn('timeout', [String(seconds), command, ...args], { cwd, env: { ...plainEnv, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
  const output = [];
  const errors = [];
  const started = new Promise((resolve, reject) => {
    const onText = (text) => {
      output.push(text);
      const match = ready.exec(output.join(''));
      if (match) resolve(match);
    };
    child.stdout.setEncoding('utf8').on('data', onText);
    child.stderr.setEncoding('utf8').on('data', (text) => {
      errors.push(text);
      onText(text);
    });
    child.on('exit', (code) => reject(new Error(`${command} exited with ${code}: ${output.join('')}`)));
    setTimeout(() => reject(new Error(`${command} was not ready in 30 s: ${output.join('')}`)), 30_000).unref();
  });
  return { started, output, errors, close: () => child.kill() };
}

/**
 * A server started by the first test that asks for it, in this worker, and closed after the file's
 * tests. A failing test makes Playwright go on in a new worker: the next test starts it again, so
 * every test still runs and reports.
 * @template {{ close(): unknown }} T @param {() => Promise<T>} start @returns {() => Promise<T>}
 */
export function serverOnDemand(start) {
  /** @type {Promise<T> | undefined} */
  let server;
  test.afterAll(async () => (await server?.catch(() => undefined))?.close());
  return () => (server ??= start());
}

/** Strings only the markdown side carries (micromark's token names, the importer's messages). */
const PARSER_MARKERS = ['thematicBreakSequence', 'codeFencedFence', 'do not overlap', 'the importer built an invalid roadmap'];

/** Expects no JavaScript file under `folder` (recursively) to contain a markdown-parser marker. */
export function expectNoParser(folder) {
  const files = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.js'));
  expect(files.length, `JavaScript files under ${folder}`).toBeGreaterThan(0);
  const carrying = files.filter((file) => PARSER_MARKERS.some((marker) => readFileSync(join(folder, file), 'utf8').includes(marker)));
  expect(carrying, 'files that carry the markdown parser').toEqual([]);
}
