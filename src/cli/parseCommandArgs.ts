import { parseArgs } from 'node:util';
import type { CliIo } from './cliIo.js';

type Options = NonNullable<Parameters<typeof parseArgs>[0]>['options'];

/** Parsed arguments, or `undefined` after a usage error was printed. */
export function parseCommandArgs<T extends Options>(
  args: readonly string[],
  options: T,
  usage: string,
  io: CliIo,
): { values: Record<string, string | boolean | undefined>; positionals: string[] } | undefined {
  try {
    const parsed = parseArgs({ args: [...args], options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
    return { values: parsed.values as Record<string, string | boolean | undefined>, positionals: parsed.positionals };
  } catch (error) {
    io.stderr(`roadmap-kit: ${error instanceof Error ? error.message : String(error)}\n\n${usage}`);
    return undefined;
  }
}
