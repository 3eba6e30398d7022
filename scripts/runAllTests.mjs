// `npm test`: every gate of the project in one run — type-check, lint, build, all Vitest projects
// (unit in three time zones, SSR, Chromium browser tests, every Storybook story with axe), package
// checks (publint, attw), a consumer install of the packed tarball, the static Storybook build and a
// sweep of every story in it at phone width in both colour schemes, a print of RoadmapView to PDF and
// the props tables of the component docs pages.
// It keeps going after a failure so one run reports everything, and ends with the total line CI reads.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { consumerCheck } from './consumerCheck.mjs';
import { docsPropsCheck } from './docsPropsCheck.mjs';
import { hostAppChecks } from './hostApps/index.mjs';
import { printCheck } from './printCheck.mjs';
import { storySweep } from './storySweep.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const bin = (name) => join(root, 'node_modules/.bin', name);
const env = { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1', FORCE_COLOR: process.env.FORCE_COLOR ?? '0' };
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

/** Wall and CPU seconds since `since` (from `clock()`), as printed after every step. */
const clock = () => ({ wall: Date.now(), cpu: cpuSeconds() });
const started = clock();
const took = (since) => `${((Date.now() - since.wall) / 1000).toFixed(1)} s, CPU ${(cpuSeconds() - since.cpu).toFixed(1)} s`;

function step(name, command, args) {
  const began = clock();
  process.stdout.write(`\n▶ ${name}: ${[command, ...args].join(' ')}\n`);
  const result = spawnSync(command, args, { cwd: root, env, stdio: 'inherit' });
  const ok = result.status === 0;
  process.stdout.write(`${ok ? '✓' : '✗'} ${name} (${took(began)})\n`);
  return ok;
}

function count(name, ok) {
  if (ok) totals.passed += 1;
  else {
    totals.failed += 1;
    failures.push(name);
  }
}

count('typecheck', step('typecheck', bin('tsc'), ['-p', 'tsconfig.json']));
count('lint', step('lint', bin('biome'), ['lint', '.']));
const built = step('build', 'npm', ['run', '--silent', 'build']);
count('build', built);

// Vitest counts its own tests; each test counts once in the total.
const resultsFile = join(root, '.vitest-results/results.json');
rmSync(resultsFile, { force: true });
mkdirSync(dirname(resultsFile), { recursive: true });
const vitestOk = step('vitest (unit ×3 time zones, ssr, browser, storybook)', bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${resultsFile}`,
]);
if (existsSync(resultsFile)) {
  const report = JSON.parse(readFileSync(resultsFile, 'utf8'));
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests;
  if (report.numFailedTests > 0) failures.push(`${report.numFailedTests} vitest tests`);
  // A suite that fails to load has no tests to count, so count the suite itself.
  const brokenSuites = report.testResults.filter((suite) => suite.status === 'failed' && suite.assertionResults.length === 0);
  totals.failed += brokenSuites.length;
  for (const suite of brokenSuites) failures.push(`suite did not run: ${suite.name}`);
  if (!vitestOk && report.numFailedTests === 0 && brokenSuites.length === 0) count('vitest run', false);
} else {
  count('vitest run (no report written)', false);
}

if (built) {
  count('publint', step('publint --strict', bin('publint'), ['--strict']));
  // Stylesheets and the schema are assets with no types for attw to check; consumerCheck bundles the stylesheets from an install.
  const assets = ['./styles.css', './styles/*.css', './schema.json'];
  count('attw', step('attw (ESM-only profile)', bin('attw'), ['--pack', '.', '--profile', 'esm-only', '--exclude-entrypoints', ...assets]));
  process.stdout.write('\n▶ consumer apps from the packed tarball\n');
  let began = clock();
  for (const result of await consumerCheck()) {
    process.stdout.write(`${result.ok ? '✓' : '✗'} consumer: ${result.name}${result.detail ? ` — ${result.detail}` : ''}\n`);
    count(`consumer: ${result.name}`, result.ok);
  }
  process.stdout.write(`(consumer apps: ${took(began)})\n`);
  began = clock();
  process.stdout.write('\n▶ host apps from the packed tarball, opened in Chromium (Vite + React 19, SSR, React 18.3, Tailwind v4)\n');
  for (const result of await hostAppChecks()) {
    process.stdout.write(`${result.ok ? '✓' : '✗'} ${result.name}${result.detail ? ` — ${result.detail}` : ''}\n`);
    count(result.name, result.ok);
  }
  process.stdout.write(`(host apps: ${took(began)})\n`);
} else {
  count('package checks (skipped: the build failed)', false);
}
const storybookBuilt = step('build-storybook', 'npm', ['run', '--silent', 'build-storybook']);
count('build-storybook', storybookBuilt);
if (storybookBuilt) {
  process.stdout.write('\n▶ story sweep: every story at 360 px, light and dark (console, axe, sideways scroll)\n');
  let began = clock();
  const sweep = await storySweep();
  for (const result of sweep) {
    if (!result.ok) process.stdout.write(`✗ ${result.name}: ${result.detail}\n`);
    count(`sweep: ${result.name}`, result.ok);
  }
  process.stdout.write(`${sweep.filter((r) => r.ok).length} of ${sweep.length} story renders clean (${took(began)})\n`);
  const report = (title, results) => {
    process.stdout.write(`\n▶ ${title} (${took(began)})\n`);
    began = clock();
    for (const result of results) {
      process.stdout.write(`${result.ok ? '✓' : '✗'} ${result.name}${result.detail ? ` — ${result.detail}` : ''}\n`);
      count(result.name, result.ok);
    }
  };
  began = clock();
  report('print: RoadmapView and a 200-item PhaseCard under print media, then as an A4 PDF', await printCheck());
  const docsResults = await docsPropsCheck();
  report("docs pages: every component's props table lists all its props with their TSDoc", docsResults);
}

process.stdout.write(`\nnpm test took ${took(started)}\n`);
if (failures.length > 0) process.stdout.write(`Failed: ${failures.join('; ')}\n`);
process.stdout.write(`${totals.passed} passed, ${totals.failed} failed\n`);
process.exitCode = totals.failed === 0 ? 0 : 1;
