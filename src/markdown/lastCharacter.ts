/**
 * Whether the last character of `text` matches `pattern` (a one-character class). Asked before a
 * pattern anchored at the end (`…+$`), which a regular expression searches for from the front.
 */
export function endsWithMatch(text: string, pattern: RegExp): boolean {
  return text !== '' && pattern.test(text[text.length - 1]!);
}
