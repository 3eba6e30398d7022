/** Whitespace that `collapseWhitespace` would change: any but a plain space, or two in a row. */
const CHANGEABLE = /[^\S ]| {2}/;
const WHITESPACE_RUN = /\s+/g;

/**
 * `text` with every run of whitespace as one space. Most text read (titles, item lines) has only
 * single spaces: it is returned as is, tested once instead of rebuilt at every space.
 */
export function collapseWhitespace(text: string): string {
  return CHANGEABLE.test(text) ? text.replace(WHITESPACE_RUN, ' ') : text;
}
