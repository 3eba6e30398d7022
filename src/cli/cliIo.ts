import { readFile, writeFile } from 'node:fs/promises';

/** What a command may touch: injected so commands run in-process under test. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): Promise<string>;
  writeFile(path: string, text: string): Promise<void>;
}

/** The real process streams and file system. */
export function createNodeIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readFile: (path) => readFile(path, 'utf8'),
    writeFile: (path, text) => writeFile(path, text, 'utf8'),
  };
}

/** Exit codes: 0 success, 1 a problem with the input, 2 a usage error. */
export type ExitCode = 0 | 1 | 2;

/** Reads a file, or reports why it cannot be read and gives `undefined`. */
export async function readInput(io: CliIo, path: string): Promise<string | undefined> {
  try {
    return await io.readFile(path);
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : error instanceof Error ? error.message : String(error);
    io.stderr(`roadmap-kit: cannot read ${path} (${reason})\n`);
    return undefined;
  }
}
