// `npm test`: every gate of the project in one run — type-check, lint, build, all Vitest projects
// (unit, the date suites in two more time zones, SSR, Chromium browser tests, every story at 360 px
// in the light and the dark scheme with axe), package checks (publint, attw, the API report, the
// layers), and the Playwright suites in e2e/: the docs props tables, the consumer and host apps of
// the packed tarball, and a print of RoadmapView to PDF from the static Storybook.
// Two lanes share the machine's two cores: Vitest (CPU-bound) runs while the other lane's steps run
// one after another, except the host installs, which overlap the source and package checks. It keeps
// going after a failure so one run reports everything, and ends with the total line CI reads.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { installHosts } from './hostApps/index.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const bin = (name) => join(root, 'node_modules/.bin', name);
const env = { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1', NEXT_TELEMETRY_DISABLED: '1', FORCE_COLOR: process.env.FORCE_COLOR ?? '0' };
const totals = { passed: 0, failed: 0 };
const failures = [];

/** CPU seconds used so far by this process and every child it has waited for (Linux /proc; 0 elsewhere). */
function cpuSeconds() {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    // utime, stime, cutime, cstime: fields 14–17 of stat(5), i.e. 11–14 after the command name.
    return fields.slice(11, 15).reduce((sum, ticks) => sum + Number(ticks), 0) / 100;
  } catch {
    return 0;
  }
}
const started = { wall: Date.now(), cpu: cpuSeconds() };
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

function count(name, ok) {
  if (ok) totals.passed += 1;
  else {
    totals.failed += 1;
    failures.push(name);
  }
}

/**
 * Runs a command and resolves with whether it passed. A `live` step writes straight to the terminal
 * (the package lane's checks block the event loop at times, so nothing of ours may sit in between);
 * the others are held back and printed in one block when they end, so the two lanes do not interleave.
 */
function step(name, command, args, { live = false, extraEnv = {} } = {}) {
  const began = Date.now();
  const header = `\n▶ ${name}: ${[command, ...args].join(' ')}\n`;
  if (live) process.stdout.write(header);
  const child = spawn(command, args, { cwd: root, env: { ...env, ...extraEnv }, stdio: ['ignore', live ? 'inherit' : 'pipe', live ? 'inherit' : 'pipe'] });
  const held = [];
  if (!live) for (const stream of [child.stdout, child.stderr]) stream.on('data', (chunk) => held.push(chunk));
  return new Promise((resolve) => {
    child.on('close', (code) => {
      const ok = code === 0;
      process.stdout.write(`${live ? '' : `${header}${Buffer.concat(held).toString()}`}${ok ? '✓' : '✗'} ${name} (${seconds(began)})\n`);
      resolve(ok);
    });
  });
}

/** Runs an in-process check that returns named results, prints them in one block and counts each. */
async function checks(title, run) {
  const began = Date.now();
  const results = await run();
  const lines = results.map((result) => `${result.ok ? '✓' : '✗'} ${result.name}${result.detail ? ` — ${result.detail}` : ''}\n`);
  process.stdout.write(`\n▶ ${title}\n${lines.join('')}(${title}: ${seconds(began)})\n`);
  for (const result of results) count(result.name, result.ok);
}

/** The titles of a Playwright JSON report's tests that did not pass, with their file. */
function failedPlaywrightTests(suites = []) {
  return suites.flatMap((suite) => [
    ...(suite.specs ?? []).filter((spec) => !spec.ok).map((spec) => `${spec.file}: ${spec.title}`),
    ...failedPlaywrightTests(suite.suites),
  ]);
}

/**
 * Runs a Playwright suite (`e2e/<config>`) and counts each of its tests from its JSON report; a run
 * that fails outside its tests (a web server that never starts) counts as one failure.
 */
async function playwright(title, config, env = {}) {
  const reportFile = join(root, `node_modules/.cache/e2e-results/${config.replace(/\W+/g, '-')}.json`);
  rmSync(reportFile, { force: true });
  const ok = await step(title, bin('playwright'), ['test', '-c', `e2e/${config}`], { extraEnv: { PLAYWRIGHT_JSON_OUTPUT_NAME: reportFile, ...env } });
  const report = existsSync(reportFile) ? JSON.parse(readFileSync(reportFile, 'utf8')) : undefined;
  const { expected = 0, unexpected = 0, flaky = 0 } = report?.stats ?? {};
  totals.passed += expected;
  totals.failed += unexpected + flaky;
  failures.push(...failedPlaywrightTests(report?.suites));
  if (!ok && unexpected + flaky === 0) count(`${title} (the run failed outside its tests)`, false);
}

/** Vitest counts its own tests; each test counts once in the total. */
async function vitestLane() {
  const resultsFile = join(root, '.vitest-results/results.json');
  rmSync(resultsFile, { force: true });
  mkdirSync(dirname(resultsFile), { recursive: true });
  const args = ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${resultsFile}`];
  const ok = await step('vitest (unit, date suites ×2 time zones, ssr, browser, storybook light + dark)', bin('vitest'), args, { live: true });
  if (!existsSync(resultsFile)) return count('vitest run (no report written)', false);
  const report = JSON.parse(readFileSync(resultsFile, 'utf8'));
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests;
  if (report.numFailedTests > 0) failures.push(`${report.numFailedTests} vitest tests`);
  // A suite that fails to load, or fails in a hook after its tests passed (the time-zone guard), has
  // no failed test to count, so count the suite itself.
  const brokenSuites = report.testResults.filter((suite) => suite.status === 'failed' && !suite.assertionResults.some((test) => test.status === 'failed'));
  totals.failed += brokenSuites.length;
  for (const suite of brokenSuites) failures.push(`suite failed outside its tests: ${suite.name}`);
  if (!ok && report.numFailedTests === 0 && brokenSuites.length === 0) count('vitest run', false);
}

/**
 * Everything else: source checks, the package and its hosts, the static Storybook. The steps run one
 * at a time, except the host installs: the tarball is packed right after the build and installed
 * (mostly network and disk) while the source and package checks use the CPU.
 */
async function packageLane() {
  const built = await step('build', 'npm', ['run', '--silent', 'build']);
  count('build', built);
  const hosts = built ? await installHosts() : undefined;
  count('typecheck', await step('typecheck', bin('tsc'), ['-p', 'tsconfig.json']));
  count('lint', await step('lint', bin('biome'), ['lint', '.']));
  count('layers', await step('layers and cycles', 'npm', ['run', '--silent', 'layers']));
  await playwright("docs pages: every component's props table lists all its props with their TSDoc", 'docs.config.mjs');
  if (hosts?.tarball) {
    // publint and attw read the tarball the hosts install, as published.
    count('publint', await step('publint --strict', bin('publint'), ['--strict', hosts.tarball]));
    // Stylesheets and the schema are assets with no types for attw to check; the consumer checks bundle the stylesheets from an install.
    const assets = ['./styles.css', './styles/*.css', './schema.json'];
    count('attw', await step('attw (ESM-only profile)', bin('attw'), [hosts.tarball, '--profile', 'esm-only', '--exclude-entrypoints', ...assets]));
  }
  if (built) {
    // The public API report (etc/*.api.md, API Extractor).
    count('API report', await step('API report unchanged', 'npm', ['run', '--silent', 'api:check']));
    // Started right after the build; their times are their own, the block's is the wait for them.
    await checks('npm pack, and the installs of the tarball for the host apps', () => hosts.installed);
    await playwright('consumer apps and host apps from the packed tarball, opened in Chromium (React 19 and 18.3: Vite, SSR, Tailwind v4, RSC, Next.js)', 'hosts.config.mjs', {
      ROADMAP_KIT_HOSTS: hosts.work,
    });
    hosts.remove();
  } else {
    count('package checks (skipped: the build failed)', false);
  }
  const storybookBuilt = await step('build-storybook', 'npm', ['run', '--silent', 'build-storybook']);
  count('build-storybook', storybookBuilt);
  if (storybookBuilt) await playwright('print: RoadmapView and a 200-item PhaseCard under print media, then as an A4 PDF', 'print.config.mjs');
}

// `--lane=package` or `--lane=vitest` runs one lane alone, to time it; `npm test` runs both.
const lane = process.argv.find((arg) => arg.startsWith('--lane='))?.slice('--lane='.length);
await Promise.all([lane !== 'package' && vitestLane(), lane !== 'vitest' && packageLane()]);

process.stdout.write(`\nnpm test took ${seconds(started.wall)}, CPU ${(cpuSeconds() - started.cpu).toFixed(0)} s (this process and its children)\n`);
if (failures.length > 0) process.stdout.write(`Failed: ${failures.join('; ')}\n`);
process.stdout.write(`${totals.passed} passed, ${totals.failed} failed\n`);
process.exitCode = totals.failed === 0 ? 0 : 1;
