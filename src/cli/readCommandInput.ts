import { parseArgs } from 'node:util';
import type { Diagnostic } from '../markdown/diagnostics.js';
import type { CliIo, ExitCode } from './cliIo.js';
import { decodeInput } from './decodeInput.js';
import { readInputBytes } from './readInputBytes.js';

type Options = NonNullable<Parameters<typeof parseArgs>[0]>['options'];

/** A command's parsed options and the text of its one input file. */
export interface CommandInput {
  values: Record<string, string | boolean | undefined>;
  /** The input's name in messages: the path, or `<stdin>` for `-`. */
  file: string;
  text: string;
  /** How the bytes were decoded when they were not plain UTF-8; commands list these with their own. */
  diagnostics: Diagnostic[];
}

/**
 * The start every command shares: parse the options (`--help` prints `usage`), check there is
 * exactly one file (`-` is standard input), read it (5 MB at most) and decode it. Gives the input,
 * or the exit code to stop with: 0 after help, 2 for a usage error, 1 when the file cannot be read
 * or is too large.
 */
export async function readCommandInput(args: readonly string[], options: Options, usage: string, io: CliIo): Promise<CommandInput | ExitCode> {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...args], options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (error) {
    io.stderr(`roadmap-kit: ${error instanceof Error ? error.message : String(error)}\n\n${usage}`);
    return 2;
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  if (values.help) {
    io.stdout(usage);
    return 0;
  }
  const [file, ...extra] = parsed.positionals;
  if (file === undefined || extra.length > 0) {
    io.stderr(`roadmap-kit: expected exactly one file\n\n${usage}`);
    return 2;
  }
  const name = file === '-' ? '<stdin>' : file;
  const input = await readInputBytes(io, file);
  if (!input.ok) {
    io.stderr(`roadmap-kit: cannot read ${name} (${input.reason})\n`);
    return 1;
  }
  const { text, diagnostics } = decodeInput(input.bytes);
  return { values, file: name, text, diagnostics };
}
