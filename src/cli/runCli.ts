import type { CliIo, ExitCode } from './cliIo.js';
import { convertCommand } from './convertCommand.js';
import { inspectCommand } from './inspectCommand.js';
import { toTerminalText } from './terminalText.js';
import { validateCommand } from './validateCommand.js';

/** Help text of `roadmap-kit`. */
export const MAIN_USAGE = `Usage: roadmap-kit <command> [options]

Commands:
  inspect FILE.md    print what roadmap-kit reads from a ROADMAP.md, with diagnostics
  convert FILE.md    write the roadmap JSON (stdout or -o FILE), diagnostics to stderr
  validate FILE.json check a roadmap JSON file; lists problems and exits 1 when there are any

FILE may be - for standard input. Inputs over 5 MB are refused (exit code 1).

Run roadmap-kit <command> --help for the options of a command.
`;

const COMMANDS: Record<string, (args: readonly string[], io: CliIo) => Promise<ExitCode>> = {
  inspect: inspectCommand,
  convert: convertCommand,
  validate: validateCommand,
};

/**
 * Runs the CLI on `argv` (without `node` and the script) and gives its exit code. Everything it
 * prints, to stdout and stderr, passes through `toTerminalText`: no escape sequence or control
 * character from a roadmap (or a file name) reaches the terminal.
 */
export async function runCli(argv: readonly string[], rawIo: CliIo): Promise<ExitCode> {
  const io: CliIo = { ...rawIo, stdout: (text) => rawIo.stdout(toTerminalText(text)), stderr: (text) => rawIo.stderr(toTerminalText(text)) };
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? io.stderr : io.stdout)(MAIN_USAGE);
    return name === undefined ? 2 : 0;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    io.stderr(`roadmap-kit: unknown command ${JSON.stringify(name)}\n\n${MAIN_USAGE}`);
    return 2;
  }
  return command(args, io);
}
