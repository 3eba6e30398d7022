import type { Diagnostic } from '../markdown/diagnostics.js';
import { CP1252_HIGH } from '../markdown/mojibake.js';

/** Input bytes as text, with a note when they were not plain UTF-8. */
export interface DecodedInput {
  text: string;
  /** How the bytes were read, when it was not UTF-8 (a warning) or came with a UTF-16 byte order mark (info). */
  diagnostics: Diagnostic[];
}

/**
 * Offset of the first byte that breaks UTF-8 (Unicode, table 3-7: no overlongs, no surrogates,
 * nothing past U+10FFFF, no cut-off sequence), or -1.
 */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index]!;
    if (lead < 0x80) {
      index += 1;
      continue;
    }
    const [length, low, high] = utf8SequenceOf(lead);
    if (length === 0 || index + length > bytes.length) return index;
    const second = bytes[index + 1]!;
    if (second < low || second > high) return index;
    for (let next = index + 2; next < index + length; next += 1) if ((bytes[next]! & 0xc0) !== 0x80) return index;
    index += length;
  }
  return -1;
}

/** Length of the sequence a lead byte starts, and the range its second byte must lie in; length 0 when it starts none. */
function utf8SequenceOf(lead: number): [number, number, number] {
  if (lead >= 0xc2 && lead <= 0xdf) return [2, 0x80, 0xbf];
  if (lead === 0xe0) return [3, 0xa0, 0xbf];
  if (lead === 0xed) return [3, 0x80, 0x9f];
  if (lead >= 0xe1 && lead <= 0xef) return [3, 0x80, 0xbf];
  if (lead === 0xf0) return [4, 0x90, 0xbf];
  if (lead >= 0xf1 && lead <= 0xf3) return [4, 0x80, 0xbf];
  if (lead === 0xf4) return [4, 0x80, 0x8f];
  return [0, 0, 0];
}

function lineOfOffset(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let index = 0; index < offset; index += 1) if (bytes[index] === 0x0a) line += 1;
  return line;
}

/**
 * Decodes input bytes. UTF-8 (a byte order mark is dropped) is read as it is. A UTF-16 byte order
 * mark, as Windows editors write, reads as UTF-16 with an info note. Anything else that is not
 * UTF-8 is most likely a legacy 8-bit encoding, so it is read as Windows-1252 (a superset of
 * Latin-1, where `é` is the byte E9) with a warning at the line of the first byte that is not
 * UTF-8, rather than turning each such byte into U+FFFD without a word.
 */
export function decodeInput(bytes: Uint8Array): DecodedInput {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes, 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes, 'utf-16be');
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), diagnostics: [] };
  } catch {
    const offset = Math.max(0, firstInvalidUtf8Offset(bytes));
    const byte = bytes[offset]!.toString(16).toUpperCase().padStart(2, '0');
    return {
      text: decodeWindows1252(bytes),
      diagnostics: [{ line: lineOfOffset(bytes, offset), severity: 'warning', message: `the file is not UTF-8 (byte 0x${byte} at offset ${offset}): read as Windows-1252; save it as UTF-8 to be sure of every character` }],
    };
  }
}

/**
 * Windows-1252 as the WHATWG Encoding Standard defines it. Node 20's `TextDecoder('windows-1252')`
 * decodes ISO-8859-1 instead (0x80 gives U+0080, not €), so the bytes 0x80–0x9F are mapped here.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('latin1').decode(bytes).replace(/[\u0080-\u009f]/g, (character) => CP1252_HIGH[character.charCodeAt(0) - 0x80]!);
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodedInput {
  const name = encoding.toUpperCase();
  return { text: new TextDecoder(encoding).decode(bytes), diagnostics: [{ line: 1, severity: 'info', message: `the file is ${name} (byte order mark): read as ${name}` }] };
}
