import { decodeInput, firstInvalidUtf8Offset } from './decodeInput.js';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeInput', () => {
  it('reads UTF-8 as it is and drops its byte order mark', () => {
    expect(decodeInput(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('# Café ✅')]))).toEqual({ text: '# Café ✅', diagnostics: [] });
  });

  it('reads UTF-16 with a byte order mark, with an info note', () => {
    expect(decodeInput(Uint8Array.from([0xff, 0xfe, 0x23, 0x00, 0xe9, 0x00]))).toEqual({
      text: '#é',
      diagnostics: [{ line: 1, severity: 'info', message: 'the file is UTF-16LE (byte order mark): read as UTF-16LE' }],
    });
  });

  it('reads bytes that are not UTF-8 as Windows-1252, warning at the line of the first bad byte', () => {
    expect(decodeInput(Uint8Array.from([...utf8('# Roadmap\n\n- caf'), 0xe9, 0x20, 0x80]))).toEqual({
      text: '# Roadmap\n\n- café €',
      diagnostics: [{ line: 3, severity: 'warning', message: 'the file is not UTF-8 (byte 0xE9 at offset 16): read as Windows-1252; save it as UTF-8 to be sure of every character' }],
    });
  });
});

describe('firstInvalidUtf8Offset', () => {
  it('accepts every well-formed sequence, 1 to 4 bytes', () => {
    expect(firstInvalidUtf8Offset(utf8('a é ✅ 🚀 \u{10ffff}'))).toBe(-1);
  });

  it.each([
    ['a lone continuation byte', [0x61, 0x80]],
    ['an overlong encoding', [0x61, 0xc0, 0xaf]],
    ['an overlong three-byte form', [0x61, 0xe0, 0x80, 0xaf]],
    ['a UTF-16 surrogate', [0x61, 0xed, 0xa0, 0x80]],
    ['a code point past U+10FFFF', [0x61, 0xf4, 0x90, 0x80, 0x80]],
    ['a sequence cut off at the end', [0x61, 0xe2, 0x9c]],
    ['a bad third byte', [0x61, 0xe2, 0x9c, 0x41]],
  ])('finds %s at offset 1', (_name, bytes) => {
    expect(firstInvalidUtf8Offset(Uint8Array.from(bytes))).toBe(1);
  });
});
