import { createReadStream } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';

/** What a command may touch: injected so commands run in-process under test. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** The bytes of a file, or of standard input for `-`, as they arrive: read as a stream, so a size limit can stop early. */
  openInput(path: string): AsyncIterable<Uint8Array>;
  /** A UTF-8 file the CLI ships (its stylesheet); what the user names goes through `openInput` and its size limit. */
  readFile(path: string): Promise<string>;
  writeFile(path: string, text: string): Promise<void>;
}

/** The real process streams and file system. */
export function createNodeIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    openInput: (path) => (path === '-' ? process.stdin : createReadStream(path)),
    readFile: (path) => readFile(path, 'utf8'),
    writeFile: (path, text) => writeFile(path, text, 'utf8'),
  };
}

/** Exit codes: 0 success, 1 a problem with the input, 2 a usage error. */
export type ExitCode = 0 | 1 | 2;
