const PLAIN_ASCII = /^[\x20-\x7e]*$/;
const MAX_LENGTH = 64;

/**
 * A URL- and id-safe slug: lower case, ASCII letters and digits joined by `-`, at most 64
 * characters. Accents are folded (`Sécurité` → `securite`); text with no letters at all gives
 * `fallback`.
 * @example slugify('v1.3.0 - Observability & Integrations') // 'v1-3-0-observability-integrations'
 */
export function slugify(text: string, fallback = 'item'): string {
  // Unicode normalisation is the costly step; plain ASCII titles (the common case) skip it.
  const folded = PLAIN_ASCII.test(text) ? text : text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss').toLowerCase();
  return joinWords(folded) || fallback;
}

/**
 * The runs of ASCII letters and digits (upper case lowered) joined by single dashes, cut at
 * `MAX_LENGTH` without a dash at the end. Read by character codes, and only as far as the slug
 * goes: an item's title can be a long sentence.
 */
function joinWords(text: string): string {
  // Character codes, made a string once at the end: adding to a string 64 times makes 64 strings.
  const codes: number[] = [];
  let gap = false;
  for (let index = 0; index < text.length; index += 1) {
    let code = text.charCodeAt(index);
    if (code >= 65 && code <= 90) code += 32;
    if (!((code >= 97 && code <= 122) || (code >= 48 && code <= 57))) {
      gap = true;
      continue;
    }
    if (gap && codes.length > 0) {
      // A dash as the last character would be cut off with nothing after it.
      if (codes.length + 1 >= MAX_LENGTH) break;
      codes.push(45);
    }
    gap = false;
    codes.push(code);
    if (codes.length >= MAX_LENGTH) break;
  }
  return String.fromCharCode(...codes);
}
