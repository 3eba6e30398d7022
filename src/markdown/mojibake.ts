/**
 * Repairs text that was UTF-8 but was decoded as Windows-1252 or Mac Roman on its way
 * (`âœ…`, `‚úÖ`, `ðŸ“…` → `✅`, `✅`, `📅`), and leaves every other character as it is.
 */

// Windows-1252 bytes 0x80–0x9F; the five undefined bytes decode to their C1 control character.
export const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
// Mac Roman bytes 0x80–0xFF (0xF0 is the Apple logo, U+F8FF).
const MAC_ROMAN_HIGH =
  'ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü†°¢£§•¶ß®©™´¨≠ÆØ∞±≤≥¥µ∂∑∏π∫ªºΩæø' +
  '¿¡¬√ƒ≈∆«»…\u00a0ÀÃÕŒœ–—“”‘’÷◊ÿŸ⁄€‹›ﬁﬂ‡·‚„‰ÂÊÁËÈÍÎÏÌÓÔ\uf8ffÒÚÛÙıˆ˜¯˘˙˚¸˝˛ˇ';

type ByteTable = Map<string, number>;

function buildCp1252(): ByteTable {
  const table: ByteTable = new Map();
  // Latin-1 decoders turn 0x80–0x9F into C1 controls; both spellings mean the same byte.
  for (let byte = 0x80; byte <= 0xff; byte += 1) table.set(String.fromCharCode(byte), byte);
  for (const [index, char] of [...CP1252_HIGH].entries()) table.set(char, 0x80 + index);
  return table;
}

function buildMacRoman(): ByteTable {
  const table: ByteTable = new Map();
  for (const [index, char] of [...MAC_ROMAN_HIGH].entries()) table.set(char, 0x80 + index);
  return table;
}

const TABLES: readonly { table: ByteTable; latinOnly: boolean }[] = [
  { table: buildCp1252(), latinOnly: false },
  // Mac Roman puts é, ü, ö among the continuation bytes, so its two-byte repairs stay within Latin.
  { table: buildMacRoman(), latinOnly: true },
];

/** Every character that stands for a UTF-8 lead byte (0xC2–0xF4) in one of the tables. */
const LEAD_CHAR = new RegExp(
  `[${TABLES.flatMap(({ table }) => [...table].filter(([, byte]) => byte >= 0xc2 && byte <= 0xf4).map(([char]) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)).join('')}]`,
  'g',
);

const LEAD = 1;
const CONTINUATION = 2;

/** Per UTF-16 code unit: whether it stands for a lead byte (0xC2–0xF4) or a continuation byte (0x80–0xBF) in one of the tables. */
const BYTE_KINDS = new Uint8Array(0x10000);
for (const { table } of TABLES) {
  for (const [char, byte] of table) {
    if (byte >= 0xc2 && byte <= 0xf4) BYTE_KINDS[char.charCodeAt(0)]! |= LEAD;
    if (byte >= 0x80 && byte <= 0xbf) BYTE_KINDS[char.charCodeAt(0)]! |= CONTINUATION;
  }
}

/**
 * Whether a lead byte's character is followed by a continuation byte's, from either table: every
 * repair starts with one. Nearly all text holds none, however many accents or dashes; one pass
 * over its code units tells (a regular expression of the hundreds of characters involved costs
 * several times as much).
 */
function mayHoldMojibake(text: string): boolean {
  for (let index = 0; index < text.length - 1; index += 1) {
    if ((BYTE_KINDS[text.charCodeAt(index)]! & LEAD) !== 0 && (BYTE_KINDS[text.charCodeAt(index + 1)]! & CONTINUATION) !== 0) return true;
  }
  return false;
}

function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** Whether a repaired character is one people write; a false repair lands in odd scripts (`CAFÉ”` → `ɔ`). */
function isPlausible(codePoint: number, length: number, latinOnly: boolean): boolean {
  if (length === 2) {
    if (codePoint >= 0xa0 && codePoint <= 0x17f) return true;
    if (latinOnly) return false;
    return (codePoint >= 0x180 && codePoint <= 0x24f) || (codePoint >= 0x370 && codePoint <= 0x6ff);
  }
  if (length === 3) {
    return (
      (codePoint >= 0x900 && codePoint <= 0xe7f) ||
      (codePoint >= 0x1e00 && codePoint <= 0x1eff) ||
      (codePoint >= 0x2000 && codePoint <= 0x2bff) ||
      (codePoint >= 0x2e00 && codePoint <= 0x2e7f) ||
      (codePoint >= 0x3000 && codePoint <= 0x9fff) ||
      (codePoint >= 0xac00 && codePoint <= 0xd7af) ||
      (codePoint >= 0xfe00 && codePoint <= 0xfe0f) ||
      (codePoint >= 0xff00 && codePoint <= 0xffef)
    );
  }
  return (codePoint >= 0x1f000 && codePoint <= 0x1faff) || (codePoint >= 0x20000 && codePoint <= 0x2ffff);
}

/** Decodes the UTF-8 sequence whose bytes the characters at `start` stand for, or `undefined`. */
function decodeAt(text: string, start: number, table: ByteTable, latinOnly: boolean): { char: string; length: number } | undefined {
  const lead = table.get(text[start]!);
  if (lead === undefined) return undefined;
  const length = sequenceLength(lead);
  if (length === 0 || start + length > text.length) return undefined;
  let codePoint = lead & (0xff >> (length + 1));
  for (let offset = 1; offset < length; offset += 1) {
    const byte = table.get(text[start + offset]!);
    if (byte === undefined || byte < 0x80 || byte > 0xbf) return undefined;
    codePoint = (codePoint << 6) | (byte & 0x3f);
  }
  const minimum = length === 2 ? 0x80 : length === 3 ? 0x800 : 0x10000;
  if (codePoint < minimum || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) return undefined;
  if (!isPlausible(codePoint, length, latinOnly)) return undefined;
  return { char: String.fromCodePoint(codePoint), length };
}

/**
 * Undoes UTF-8 read as Windows-1252 or Mac Roman, sequence by sequence, only where the bytes form
 * valid UTF-8 for a plausible character; French or German text (`é`, `ü`, `ß`, `« »`) stays as it is.
 * Runs in one pass over the text.
 * @example repairMojibake('âœ… Done') // '✅ Done'
 */
export function repairMojibake(text: string): string {
  if (!mayHoldMojibake(text)) return text;
  // Only a character that stands for a lead byte can start a repair: jump from one to the next and
  // copy the text between them whole, rather than character by character.
  let out = '';
  let copied = 0;
  let index = 0;
  let repairedBefore = false;
  while (index < text.length) {
    LEAD_CHAR.lastIndex = index;
    const next = LEAD_CHAR.exec(text)?.index ?? text.length;
    if (next > index) {
      repairedBefore = false;
      index = next;
      if (index >= text.length) break;
    }
    let repaired: { char: string; length: number } | undefined;
    for (const { table, latinOnly } of TABLES) {
      repaired = decodeAt(text, index, table, latinOnly);
      if (repaired) break;
    }
    if (repaired) {
      out += text.slice(copied, index) + repaired.char;
      index += repaired.length;
      copied = index;
      repairedBefore = true;
      continue;
    }
    // A variation selector (EF B8 8F) whose last byte, undefined in Windows-1252, was lost.
    if (repairedBefore && text.startsWith('ï¸', index)) {
      out += `${text.slice(copied, index)}\ufe0f`;
      index += 2;
      copied = index;
      continue;
    }
    repairedBefore = false;
    index += 1;
  }
  return out + text.slice(copied);
}
