// The text of a PDF written by Chromium (Skia), without a PDF library: Skia writes plain object
// dictionaries, Flate-compressed streams, Type0 fonts with Identity-H encoding and a ToUnicode CMap
// each, and shows text as hex glyph strings after `/F.. size Tf`. Enough to ask "is this title on
// paper?"; not a general PDF reader (no object streams, no encryption, no literal strings).
import { inflateSync } from 'node:zlib';

/** Every `N 0 obj`: its dictionary text and, for a stream, its decoded bytes. */
function readObjects(bytes) {
  const text = bytes.toString('latin1');
  const objects = new Map();
  for (const match of text.matchAll(/(\d+) 0 obj\s*/g)) {
    const start = match.index + match[0].length;
    const end = text.indexOf('endobj', start);
    const streamAt = text.indexOf('stream', start);
    if (streamAt === -1 || streamAt > end) {
      objects.set(match[1], { dict: text.slice(start, end) });
      continue;
    }
    const dict = text.slice(start, streamAt);
    const dataStart = streamAt + (text.startsWith('stream\r\n', streamAt) ? 8 : 7);
    const length = Number(/\/Length (\d+)(?! \d+ R)/.exec(dict)?.[1] ?? Number.NaN);
    const dataEnd = Number.isFinite(length) ? dataStart + length : text.indexOf('endstream', dataStart);
    let data = bytes.subarray(dataStart, dataEnd);
    if (dict.includes('/FlateDecode')) data = inflateSync(data);
    objects.set(match[1], { dict, stream: data.toString('latin1') });
  }
  return objects;
}

const hexToUtf16 = (hex) => String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((unit) => Number.parseInt(unit, 16)));

/** Glyph code (4 hex digits, upper case) → text, from a ToUnicode CMap. */
function readCMap(cmap) {
  const map = new Map();
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code, unicode] of block[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) map.set(code.toUpperCase(), hexToUtf16(unicode));
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, low, high, target] of block[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      const first = Number.parseInt(target, 16);
      for (let code = Number.parseInt(low, 16); code <= Number.parseInt(high, 16); code += 1) {
        map.set(code.toString(16).toUpperCase().padStart(4, '0'), String.fromCharCode(first + code - Number.parseInt(low, 16)));
      }
    }
  }
  return map;
}

/**
 * The text of each page, in drawing order; runs are joined without spaces, so compare with the
 * whitespace removed (`normalizePdfText`).
 * @param {Buffer} bytes
 * @returns {string[]}
 */
export function pdfPagesText(bytes) {
  const objects = readObjects(bytes);
  const cmaps = new Map();
  const fontMap = (id) => {
    if (!cmaps.has(id)) {
      const toUnicode = /\/ToUnicode (\d+) 0 R/.exec(objects.get(id)?.dict ?? '')?.[1];
      cmaps.set(id, readCMap(objects.get(toUnicode)?.stream ?? ''));
    }
    return cmaps.get(id);
  };
  const pages = [...objects.values()].filter((object) => /\/Type \/Page(?![a-z])/.test(object.dict));
  return pages.map((page) => {
    const fonts = Object.fromEntries([...(/\/Font <<([^>]*)>>/.exec(page.dict)?.[1] ?? '').matchAll(/\/(\S+) (\d+) 0 R/g)].map((m) => [m[1], m[2]]));
    const contents = [...(/\/Contents (\[[^\]]*\]|\d+ 0 R)/.exec(page.dict)?.[1] ?? '').matchAll(/(\d+) 0 R/g)].map((m) => objects.get(m[1])?.stream ?? '');
    let font = new Map();
    let out = '';
    for (const token of contents.join('\n').matchAll(/\/(\S+)\s+[\d.]+\s+Tf|<([0-9A-Fa-f]*)>/g)) {
      if (token[1]) font = fontMap(fonts[token[1]]) ?? new Map();
      else out += (token[2].toUpperCase().match(/.{4}/g) ?? []).map((code) => font.get(code) ?? '').join('');
    }
    return out;
  });
}

/** Text without whitespace and with ligatures (ﬁ, ﬂ) spelled out, for comparing titles with what `pdfPagesText` joined. */
export const normalizePdfText = (text) => text.normalize('NFKC').replace(/\s+/g, '');
