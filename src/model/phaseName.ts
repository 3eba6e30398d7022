import type { Phase } from './types.js';

/** A phase's name as drawn: its version (absent when the title already says it) and its title. */
export interface PhaseNameParts {
  version?: string;
  title: string;
}

/** `v1.2`, `V1.2` and `1.2` name the same version. */
function versionKey(text: string): string {
  return text.trim().toLowerCase().replace(/^v(?=\d)/, '');
}

/**
 * The version and title to show for a phase, each once: a phase whose heading was only its version
 * (`0.4.1`, or `v0.4.1` with version `0.4.1`) has that as its title, and drawing both would read
 * `0.4.1 0.4.1`. An empty title falls back to the version.
 * @example getPhaseNameParts({ version: 'v2.21', title: 'v2.21' }) // { title: 'v2.21' }
 */
export function getPhaseNameParts(phase: Pick<Phase, 'version' | 'title'>): PhaseNameParts {
  const version = phase.version?.trim();
  const title = phase.title.trim();
  if (!version) return { title: phase.title };
  if (!title) return { title: version };
  if (versionKey(title) === versionKey(version)) return { title: phase.title };
  return { version: phase.version, title: phase.title };
}

/**
 * A phase's name as one line of text, the version shown once: `v1.3.0 Observability`, `0.4.1`.
 * @example formatPhaseName({ version: '0.4.1', title: '0.4.1' }) // '0.4.1'
 */
export function formatPhaseName(phase: Pick<Phase, 'version' | 'title'>): string {
  const { version, title } = getPhaseNameParts(phase);
  return version ? `${version} ${title}` : title;
}
