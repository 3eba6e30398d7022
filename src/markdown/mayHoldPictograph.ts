/**
 * Whether a UTF-16 unit can start an emoji pictograph (`\p{Extended_Pictographic}`): ©, ®, the
 * symbol blocks U+203C–U+2B55, four CJK symbols, or a high surrogate of the U+1F000–U+1FFFF
 * planes. A superset, asked by character codes so that prose (accented letters, typographic
 * quotes and dashes, CJK text) skips the Unicode patterns that would find the mark.
 */
export function isPictographUnit(code: number): boolean {
  if (code < 0xa9) return false;
  if (code === 0xa9 || code === 0xae || (code >= 0x203c && code <= 0x2b55) || (code >= 0xd83c && code <= 0xd83f)) return true;
  return code === 0x3030 || code === 0x303d || code === 0x3297 || code === 0x3299;
}

/** Whether the text may hold an emoji pictograph (see `isPictographUnit`) at code unit `from` or above. */
export function mayHoldPictograph(text: string, from = 0): boolean {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code >= from && isPictographUnit(code)) return true;
  }
  return false;
}
