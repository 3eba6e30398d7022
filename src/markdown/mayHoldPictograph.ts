/**
 * Whether the text has a UTF-16 unit where an emoji pictograph (`\p{Extended_Pictographic}`) can
 * start: ©, ®, the symbol blocks U+203C–U+2B55, four CJK symbols, or a high surrogate of the
 * U+1F000–U+1FFFF planes. A superset, asked by character codes so that prose (accented letters,
 * typographic quotes and dashes, CJK text) skips the Unicode pattern that would find the mark.
 */
export function mayHoldPictograph(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0xa9) continue;
    if (code === 0xa9 || code === 0xae || (code >= 0x203c && code <= 0x2b55) || (code >= 0xd83c && code <= 0xd83f)) return true;
    if (code === 0x3030 || code === 0x303d || code === 0x3297 || code === 0x3299) return true;
  }
  return false;
}
