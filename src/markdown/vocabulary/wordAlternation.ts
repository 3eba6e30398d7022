/**
 * A vocabulary list as one regular-expression alternation: words escaped, spaces matching any
 * run of white space, longest first so `end of` is tried before `end`. Plain alternatives of
 * literals, so the patterns built from it stay linear.
 * @example wordAlternation(['to', 'end of']) // 'end\\s+of|to'
 */
export function wordAlternation(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'))
    .join('|');
}

/**
 * A lookahead for the first characters of the words: `(?=[ks])` for `kpi` and `success`. Put
 * before a word-boundary lookbehind, it lets a pattern skip most positions with one character
 * test instead of testing the lookbehind's letter classes there first. Matches nothing more.
 * @example firstCharacters(['kpi', 'success']) // '(?=[ks])'
 */
export function firstCharacters(words: readonly string[]): string {
  const firsts = new Set(words.map((word) => String.fromCodePoint(word.codePointAt(0) ?? 0x20)));
  return `(?=[${[...firsts].map((char) => char.replace(/[\]\\^-]/, '\\$&')).join('')}])`;
}
