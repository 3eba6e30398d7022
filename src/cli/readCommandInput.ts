import { parseArgs } from 'node:util';
import type { CliIo, ExitCode } from './cliIo.js';
import { readInput } from './cliIo.js';

type Options = NonNullable<Parameters<typeof parseArgs>[0]>['options'];

/** A command's parsed options and the text of its one input file. */
export interface CommandInput {
  values: Record<string, string | boolean | undefined>;
  file: string;
  text: string;
}

/**
 * The start every command shares: parse the options (`--help` prints `usage`), check there is
 * exactly one file, read it. Gives the input, or the exit code to stop with: 0 after help,
 * 2 for a usage error, 1 when the file cannot be read.
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
  const text = await readInput(io, file);
  if (text === undefined) return 1;
  return { values, file, text };
}
