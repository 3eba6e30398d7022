/** A version found in text: `v1.3.0`, `v0.2`, `Version 2.1`, `1.0.0`. */
export interface VersionMatch {
  index: number;
  length: number;
  /** As written, without a `Version`/`Release` word or a trailing `+` (`v2.0+` → `v2.0`). */
  version: string;
  /** Whether it stands after a product name (`Orbit 2.4`): the name then belongs to the title. */
  named: boolean;
}

const VERSION =
  /(?<![\p{L}\p{N}.])(?:(?:version|release)\s+(\d+(?:\.\d+){1,3})|(v\s?\d+(?:\.\d+){0,3}(?:-[0-9a-z]+(?:\.[0-9a-z]+)*)?)|(\d+\.\d+\.\d+(?:-[0-9a-z]+(?:\.[0-9a-z]+)*)?))\+?(?![\p{L}\p{N}])/iu;
const LEADING_BARE = /^(\d+\.\d+)(?=\s*[-–—:|]|\s*$)/;
// `Orbit 2.4`, `Orbit Server 2.4 - Sync`: one or two name words, then a bare version ending the text
// or a separator. `TLS 1.3 everywhere` is a sentence, not a release name.
const NAMED_BARE = /^([\p{L}][\p{L}\p{N}_-]*(?:\s+[\p{L}][\p{L}\p{N}_-]*)?\s+)(\d+\.\d+)(?=\s*[-–—:|]|\s*$)/u;

/**
 * The first version in `text`. A bare `1.0` counts only alone, up front before a separator
 * (`1.0 - Launch`) or after a product name (`Orbit 2.4`), so `TLS 1.3 everywhere` is not a version.
 * @example findVersion('v1.3.0 - Observability') // { index: 0, length: 6, version: 'v1.3.0' }
 */
export function findVersion(text: string): VersionMatch | undefined {
  const match = VERSION.exec(text);
  if (match) {
    const written = (match[1] ?? match[2] ?? match[3])!.replace(/\s/g, '');
    const version = match[1] ? `v${written}` : written;
    return { index: match.index, length: match[0].length, version, named: false };
  }
  const offset = text.length - text.trimStart().length;
  const bare = LEADING_BARE.exec(text.trimStart());
  if (bare) return { index: offset, length: bare[0].length, version: bare[1]!, named: false };
  const named = NAMED_BARE.exec(text.trimStart());
  if (named) return { index: offset + named[1]!.length, length: named[2]!.length, version: named[2]!, named: true };
  return undefined;
}

/** A comparable key for a version: `v1.3.0`, `1.3` and `V1.3` all give `1.3`. */
export function versionKey(version: string): string {
  return version
    .toLowerCase()
    .replace(/^v/, '')
    .replace(/(?<!\.0)(?:\.0)+$/, '');
}
