// Packs the built package (dist/ must exist: `npm run build`) into `destination`, as `npm publish`
// would ship it. Shared by the consumer check and the host-app checks.
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** Runs a command to completion and returns its stdout; throws with stderr attached on failure. */
export function run(command, args, cwd, env = {}) {
  return execFileSync(command, args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, npm_config_update_notifier: 'false', ...env },
  });
}

/**
 * `npm pack` of the repository into `destination`.
 * @param {string} destination
 * @returns {{ tarball: string, size: string }} the tarball's path and its size for the report.
 */
export function packTarball(destination) {
  run('npm', ['pack', '--pack-destination', destination, '--silent'], repoRoot);
  const file = readdirSync(destination).find((name) => name.startsWith('roadmap-kit-') && name.endsWith('.tgz'));
  if (!file) throw new Error(`npm pack wrote no tarball into ${destination}`);
  const tarball = join(destination, file);
  return { tarball, size: `${(statSync(tarball).size / 1024).toFixed(1)} KiB packed` };
}
