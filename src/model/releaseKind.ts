import type { Cadence } from './types.js';

/** Which part of a semantic version a release bumps: `x.0.0`, `x.y.0` or `x.y.z`. */
export type ReleaseKind = 'major' | 'minor' | 'patch';

const VERSION = /^v?(\d+)\.(\d+)(?:\.(\d+))?/i;

/**
 * A phase's version as numbers, or `undefined` when it is not a semantic version (`Phase 1`).
 * @example parseVersion('v1.3.0') // [1, 3, 0]
 */
export function parseVersion(version: string | undefined): [number, number, number] | undefined {
  const match = version === undefined ? null : VERSION.exec(version.trim());
  if (!match) return undefined;
  return [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)];
}

/** Orders versions `[major, minor, patch]` ascending: a sort comparator. */
export function compareVersions(a: readonly number[], b: readonly number[]): number {
  for (let index = 0; index < 3; index += 1) {
    const difference = (a[index] ?? 0) - (b[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/**
 * The kind of release a version is: `2.0.0` is major, `2.1.0` minor, `2.1.3` patch.
 * @example getVersionKind('v0.2') // 'minor'
 */
export function getVersionKind(version: string | undefined): ReleaseKind | undefined {
  const parts = parseVersion(version);
  if (!parts) return undefined;
  if (parts[2] !== 0) return 'patch';
  return parts[1] !== 0 ? 'minor' : 'major';
}

// Version patterns first: `Security releases (x.y.z)` is about patches whatever its label says.
const KIND_PATTERNS: [RegExp, ReleaseKind][] = [
  [/\bx\.0\.0\b/i, 'major'],
  [/\bx\.y\.0\b/i, 'minor'],
  [/\bx\.y\.z\b/i, 'patch'],
  [/\bmajor\b/i, 'major'],
  [/\bminor\b/i, 'minor'],
  [/\bpatch(es)?\b/i, 'patch'],
];

/**
 * The kind of release a cadence schedules, read from its text and label (`Every 2 months (x.y.0)`,
 * `Minor releases`), or `undefined` when it names none (`Security fixes`).
 * @example getCadenceKind({ label: 'Patch releases', text: 'As needed (x.y.z)' }) // 'patch'
 */
export function getCadenceKind(cadence: Cadence): ReleaseKind | undefined {
  const text = `${cadence.text ?? ''} ${cadence.label}`;
  return KIND_PATTERNS.find(([pattern]) => pattern.test(text))?.[1];
}
