// Host 6: roadmap-kit's Markdown importer and CLI from the installed tarball, in plain Node: a
// script parses a ROADMAP.md through `roadmap-kit/markdown` (apps/markdown/parse.mjs), then the
// package's bin runs through `npx roadmap-kit` as a docs build or CI job would call it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectEqual } from './browser.mjs';
import { hostChecks, runAsync } from './hostSteps.mjs';

const NOW = ['--now', '2026-03-15'];
const PHASES = [
  { title: 'Phase 1: Launch', status: 'done', items: 2 },
  { title: 'Phase 2: Sharing', status: 'in-progress', items: 2 },
  { title: 'Phase 3: Teams', status: 'planned', items: 1 },
];

/** Runs the installed bin through npx (no registry lookup: it must come from node_modules/.bin). */
function roadmapKit(folder, args) {
  return runAsync('npx', ['--no-install', 'roadmap-kit', ...args], folder);
}

/**
 * @param {{ host: string, folder: string }} options `folder` holds the host's node_modules.
 * @param {{ name: string, ok: boolean, detail?: string }[]} results
 */
export async function markdownHost({ host, folder }, results) {
  const check = hostChecks(host, results);
  const app = join(folder, 'markdown');
  await check('parse ROADMAP.md with roadmap-kit/markdown in a Node script, then validateRoadmap', async () => {
    const { stdout, stderr } = await runAsync('node', ['parse.mjs'], app);
    if (stderr.trim()) throw new Error(`stderr: ${stderr}`);
    const parsed = JSON.parse(stdout);
    expectEqual('parsed roadmap', parsed, { title: 'Host App Roadmap', phases: PHASES, warnings: [], valid: true });
    return '3 phases, no warning, valid';
  });
  await check('npx roadmap-kit inspect ROADMAP.md exits 0 and names every phase', async () => {
    // runAsync rejects on a non-zero exit code, with the command's stderr in the failure.
    const { stdout } = await roadmapKit(app, ['inspect', 'ROADMAP.md', ...NOW]);
    for (const phase of PHASES) if (!stdout.includes(phase.title)) throw new Error(`inspect does not mention "${phase.title}":\n${stdout}`);
    if (!/Diagnostics \(\d+\)/.test(stdout)) throw new Error(`inspect prints no diagnostics section:\n${stdout}`);
    return `${stdout.split('\n').length} lines`;
  });
  await check('npx roadmap-kit convert --strict prints valid roadmap JSON (stdout and -o)', async () => {
    const { stdout } = await roadmapKit(app, ['convert', 'ROADMAP.md', '--strict', ...NOW]);
    const fromStdout = JSON.parse(stdout);
    await roadmapKit(app, ['convert', 'ROADMAP.md', '-o', 'roadmap.json', ...NOW]);
    const fromFile = JSON.parse(readFileSync(join(app, 'roadmap.json'), 'utf8'));
    expectEqual('phase titles', fromStdout.phases.map((phase) => phase.title), PHASES.map((phase) => phase.title));
    expectEqual('-o output equals stdout output', JSON.stringify(fromFile), JSON.stringify(fromStdout));
    await roadmapKit(app, ['validate', 'roadmap.json']);
    return `${stdout.length} bytes of JSON, and roadmap-kit validate accepts it`;
  });
}
