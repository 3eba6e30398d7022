import { parseRoadmap } from '../markdown/parseRoadmap.js';
import type { CliIo, ExitCode } from './cliIo.js';
import { formatDiagnostics } from './formatDiagnostics.js';
import { readCommandInput } from './readCommandInput.js';
import { escapeJsonControls } from './terminalText.js';

/** Help text of `roadmap-kit convert`. */
export const CONVERT_USAGE = `Usage: roadmap-kit convert FILE.md [-o roadmap.json] [--strict] [--now YYYY-MM-DD]

Turns a ROADMAP.md into roadmap JSON (the bare Roadmap model, valid against roadmap.schema.json).
FILE - reads standard input; 5 MB at most. The JSON goes to stdout, or to the file given with -o;
diagnostics go to stderr as FILE:LINE: severity: message. A file that is not UTF-8 is read as
Windows-1252, with a warning.

Options:
  -o, --output FILE  write the JSON to FILE instead of stdout
  --strict           exit 1 when there is any warning
  --now YYYY-MM-DD   the day year-less and relative dates resolve against (default: today)
  -h, --help         show this help

Exit codes: 0 converted (warnings allowed unless --strict), 1 unreadable or oversized input or
warnings with --strict, 2 usage error.
`;

/** `roadmap-kit convert FILE.md [-o out.json] [--strict]` */
export async function convertCommand(args: readonly string[], io: CliIo): Promise<ExitCode> {
  const input = await readCommandInput(
    args,
    { output: { type: 'string', short: 'o' }, strict: { type: 'boolean' }, now: { type: 'string' } },
    CONVERT_USAGE,
    io,
  );
  if (typeof input === 'number') return input;
  const { values, file, text: markdown } = input;
  const parsed = parseRoadmap(markdown, { now: values.now as string | undefined });
  const { roadmap } = parsed;
  const diagnostics = [...input.diagnostics, ...parsed.diagnostics];
  const json = `${escapeJsonControls(JSON.stringify(roadmap, null, 2))}\n`;
  const output = values.output as string | undefined;
  if (output === undefined) {
    io.stdout(json);
  } else {
    try {
      await io.writeFile(output, json);
    } catch (error) {
      io.stderr(`roadmap-kit: cannot write ${output} (${error instanceof Error ? error.message : String(error)})\n`);
      return 1;
    }
  }
  io.stderr(formatDiagnostics(file, diagnostics));
  const warnings = diagnostics.filter((diagnostic) => diagnostic.severity === 'warning').length;
  if (values.strict && warnings > 0) {
    io.stderr(`roadmap-kit: ${warnings} warning${warnings === 1 ? '' : 's'} (--strict)\n`);
    return 1;
  }
  return 0;
}
