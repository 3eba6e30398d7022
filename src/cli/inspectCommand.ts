import { parseRoadmap } from '../markdown/parseRoadmap.js';
import type { CliIo, ExitCode } from './cliIo.js';
import { readInput } from './cliIo.js';
import { formatDiagnostics } from './formatDiagnostics.js';
import { formatSummary } from './formatSummary.js';
import { parseCommandArgs } from './parseCommandArgs.js';

/** Help text of `roadmap-kit inspect`. */
export const INSPECT_USAGE = `Usage: roadmap-kit inspect FILE.md [--now YYYY-MM-DD]

Reads a ROADMAP.md and prints what roadmap-kit understood: each phase with its version, dates,
status, progress (done/total) and item count; the metrics with their parsed targets; the release
cadences; then every diagnostic as FILE:LINE: severity: message.

Options:
  --now YYYY-MM-DD  the day year-less and relative dates resolve against (default: today)
  -h, --help        show this help
`;

/** `roadmap-kit inspect FILE.md`: exits 0 once the file is read (diagnostics are information), 1 when it cannot be. */
export async function inspectCommand(args: readonly string[], io: CliIo): Promise<ExitCode> {
  const parsed = parseCommandArgs(args, { now: { type: 'string' } }, INSPECT_USAGE, io);
  if (!parsed) return 2;
  if (parsed.values.help) {
    io.stdout(INSPECT_USAGE);
    return 0;
  }
  const [file, ...extra] = parsed.positionals;
  if (file === undefined || extra.length > 0) {
    io.stderr(`roadmap-kit: inspect takes exactly one FILE.md\n\n${INSPECT_USAGE}`);
    return 2;
  }
  const markdown = await readInput(io, file);
  if (markdown === undefined) return 1;
  const { roadmap, diagnostics } = parseRoadmap(markdown, { now: parsed.values.now as string | undefined });
  io.stdout(formatSummary(roadmap));
  const lines = formatDiagnostics(file, diagnostics).split('\n').filter((line) => line !== '');
  io.stdout(`\nDiagnostics (${diagnostics.length})\n${lines.map((line) => `  ${line}\n`).join('')}`);
  return 0;
}
