/** A version found in text: `v1.3.0`, `v0.2`, `Version 2.1`, `1.0.0`. */
export interface VersionMatch {
  index: number;
  length: number;
  /** As written, without a `Version`/`Release` word or a trailing `+` (`v2.0+` → `v2.0`). */
  version: string;
}

const VERSION =
  /(?<![\p{L}\p{N}.])(?:(?:version|release)\s+(\d+(?:\.\d+){1,3})|(v\s?\d+(?:\.\d+){0,3}(?:-[0-9a-z]+(?:\.[0-9a-z]+)*)?)|(\d+\.\d+\.\d+(?:-[0-9a-z]+(?:\.[0-9a-z]+)*)?))\+?(?![\p{L}\p{N}])/iu;
const LEADING_BARE = /^(\d+\.\d+)(?=\s*[-–—:|])/;

/**
 * The first version in `text`. A bare `1.0` counts only at the very start, followed by a separator
 * (`1.0 - Launch`), so `TLS 1.3` is not a version.
 * @example findVersion('v1.3.0 - Observability') // { index: 0, length: 6, version: 'v1.3.0' }
 */
export function findVersion(text: string): VersionMatch | undefined {
  const match = VERSION.exec(text);
  if (match) {
    const written = (match[1] ?? match[2] ?? match[3])!.replace(/\s/g, '');
    return { index: match.index, length: match[0].length, version: match[1] ? `v${written}` : written };
  }
  const bare = LEADING_BARE.exec(text.trimStart());
  if (bare) return { index: text.length - text.trimStart().length, length: bare[0].length, version: bare[1]! };
  return undefined;
}

/** A comparable key for a version: `v1.3.0`, `1.3` and `V1.3` all give `1.3`. */
export function versionKey(version: string): string {
  return version
    .toLowerCase()
    .replace(/^v/, '')
    .replace(/(?<!\.0)(?:\.0)+$/, '');
}
