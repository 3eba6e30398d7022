import { validateRoadmap } from '../model/validateRoadmap.js';
import { formatValidationIssue } from '../model/validationContext.js';
import type { CliIo, ExitCode } from './cliIo.js';
import { formatDiagnostics } from './formatDiagnostics.js';
import { readCommandInput } from './readCommandInput.js';

/** Help text of `roadmap-kit validate`. */
export const VALIDATE_USAGE = `Usage: roadmap-kit validate FILE.json

Checks a roadmap JSON file (- reads standard input; 5 MB at most) against the roadmap model and
lists every problem as JSON.PATH: message (for example phases[2].when.start: "2026-13-01" is not
a date).

Options:
  -h, --help  show this help

Exit codes: 0 valid, 1 problems found, unreadable or oversized file or invalid JSON, 2 usage error.
`;

/** `roadmap-kit validate FILE.json`: exits 1 when there is any issue. */
export async function validateCommand(args: readonly string[], io: CliIo): Promise<ExitCode> {
  const input = await readCommandInput(args, {}, VALIDATE_USAGE, io);
  if (typeof input === 'number') return input;
  const { file, text } = input;
  io.stderr(formatDiagnostics(file, input.diagnostics));
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    io.stderr(`${file}: invalid JSON (${error instanceof Error ? error.message : String(error)})\n`);
    return 1;
  }
  const result = validateRoadmap(data);
  if (!result.ok) {
    io.stderr(result.issues.map((issue) => `${file}: ${formatValidationIssue(issue)}\n`).join(''));
    io.stderr(`${result.issues.length} problem${result.issues.length === 1 ? '' : 's'}\n`);
    return 1;
  }
  const { phases, metrics, cadences } = result.roadmap;
  io.stdout(`${file}: valid roadmap (${phases.length} phases, ${metrics.length} metrics, ${cadences.length} cadences)\n`);
  return 0;
}
