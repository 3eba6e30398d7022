import type { CliIo } from './cliIo.js';

/**
 * The most bytes the CLI reads from one input: 5 MB (5,242,880 bytes). The largest real roadmaps
 * are a few hundred kilobytes; past this, input is a mistake or an attack, and reading it whole
 * once cost minutes and gigabytes.
 */
export const MAX_INPUT_BYTES = 5 * 1024 * 1024;

/** What reading an input gave: its bytes, or why there are none. */
export type InputBytes = { ok: true; bytes: Uint8Array } | { ok: false; reason: string };

/**
 * Reads a file, or standard input for `-`, counting bytes as they arrive and stopping at the first
 * chunk past `MAX_INPUT_BYTES`: an oversized input is refused after reading at most the limit plus
 * one chunk, never loaded whole.
 */
export async function readInputBytes(io: CliIo, path: string, limit = MAX_INPUT_BYTES): Promise<InputBytes> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of io.openInput(path)) {
      size += chunk.byteLength;
      // Leaving the loop early closes the stream (its `return()` destroys it).
      if (size > limit) return { ok: false, reason: `it is larger than ${formatLimit(limit)}, the most roadmap-kit reads` };
      chunks.push(chunk);
    }
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : undefined;
    return { ok: false, reason: code ?? (error instanceof Error ? error.message : String(error)) };
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, bytes };
}

function formatLimit(limit: number): string {
  return limit % (1024 * 1024) === 0 ? `${limit / (1024 * 1024)} MB` : `${limit.toLocaleString('en-US')} bytes`;
}
