import type { CliIo, ExitCode } from './cliIo.js';
import { convertCommand } from './convertCommand.js';
import { inspectCommand } from './inspectCommand.js';
import { renderCommand } from './renderCommand.js';
import { validateCommand } from './validateCommand.js';

/** Help text of `roadmap-kit`. */
export const MAIN_USAGE = `Usage: roadmap-kit <command> [options]

Commands:
  inspect FILE.md    print what roadmap-kit reads from a ROADMAP.md, with diagnostics
  convert FILE.md    write the roadmap JSON (stdout or -o FILE), diagnostics to stderr
  validate FILE.json check a roadmap JSON file; lists problems and exits 1 when there are any
  render FILE.md     write the roadmap as one self-contained HTML page that works without JavaScript

Run roadmap-kit <command> --help for the options of a command.
`;

const COMMANDS: Record<string, (args: readonly string[], io: CliIo) => Promise<ExitCode>> = {
  inspect: inspectCommand,
  convert: convertCommand,
  validate: validateCommand,
  render: renderCommand,
};

/** Runs the CLI on `argv` (without `node` and the script) and gives its exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
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
