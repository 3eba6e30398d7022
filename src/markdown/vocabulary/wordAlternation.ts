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
