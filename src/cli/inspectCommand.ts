import { parseRoadmap } from '../markdown/parseRoadmap.js';
import type { CliIo, ExitCode } from './cliIo.js';
import { formatDiagnostics } from './formatDiagnostics.js';
import { formatSummary } from './formatSummary.js';
import { readCommandInput } from './readCommandInput.js';

/** Help text of `roadmap-kit inspect`. */
export const INSPECT_USAGE = `Usage: roadmap-kit inspect FILE.md [--now YYYY-MM-DD]

Reads a ROADMAP.md (- reads standard input; 5 MB at most) and prints what roadmap-kit understood:
each phase with its version, dates, status, progress (done/total) and item count; the metrics with
their parsed targets; the release cadences; then every diagnostic as FILE:LINE: severity: message.
A file that is not UTF-8 is read as Windows-1252, with a warning.

Options:
  --now YYYY-MM-DD  the day year-less and relative dates resolve against (default: today)
  -h, --help        show this help
`;

/** `roadmap-kit inspect FILE.md`: exits 0 once the file is read (diagnostics are information), 1 when it cannot be. */
export async function inspectCommand(args: readonly string[], io: CliIo): Promise<ExitCode> {
  const input = await readCommandInput(args, { now: { type: 'string' } }, INSPECT_USAGE, io);
  if (typeof input === 'number') return input;
  const { values, file, text: markdown } = input;
  const parsed = parseRoadmap(markdown, { now: values.now as string | undefined });
  const { roadmap } = parsed;
  const diagnostics = [...input.diagnostics, ...parsed.diagnostics];
  io.stdout(formatSummary(roadmap));
  const lines = formatDiagnostics(file, diagnostics).split('\n').filter((line) => line !== '');
  io.stdout(`\nDiagnostics (${diagnostics.length})\n${lines.map((line) => `  ${line}\n`).join('')}`);
  return 0;
}
