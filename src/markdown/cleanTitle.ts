import { collapseWhitespace } from './collapseWhitespace.js';
import { endsWithMatch } from './lastCharacter.js';

const PLAIN_TITLE = /^[\p{L}\p{N}](?:[\p{L}\p{N}.]| (?=[\p{L}\p{N}]))*$/u;
const EMPTY_BRACKETS = /\(\s*\)|\[\s*\]/g;
const SPACE_AFTER_OPENING = /([([])\s+/g;
const SPACE_BEFORE_CLOSING = /\s+([)\]])/g;
const LEADING_SEPARATOR_RUN = /^[\s–—|:·•,;/]+/;
// A leading dash is a separator only before a space: `--most_severe` is a command-line flag.
const LEADING_DASHES = /^-+(?=\s|$)/;
const TRAILING_SEPARATOR_RUN = /(?<![\s\-–—|:·•,;/])[\s\-–—|:·•,;/]+$/;
const TRAILING_SEPARATOR = /[\s\-–—|:·•,;/]/;
const DOUBLED_SEPARATOR = /\s+([-–—|:])\s*([-–—|:])(\s+|$)/g;
/** DOUBLED_SEPARATOR once: asked before the global replace, which costs more even when nothing matches. */
const HAS_DOUBLED_SEPARATOR = /\s[-–—|:]\s*[-–—|:](?:\s|$)/;
const EMPTY_PAIR = /\(\s*\)|\[\s*\]|“\s*”|‘\s*’|«\s*»|"\s*"|`\s*`/g;
/** A character of any pair above. */
const PAIR_MARK = /[()[\]“”‘’«»"`]/;

/** Trims separators and empty brackets left behind once parts of a title were taken out. */
export function cleanTitle(text: string): string {
  // Most titles are words and numbers with single spaces: nothing below would change them.
  if (isPlainTitle(text)) return text;
  // Brackets and quotes are only ever taken out: text without any skips every pattern about them.
  const hasPairs = PAIR_MARK.test(text);
  let title = collapseWhitespace(hasPairs ? text.replace(EMPTY_BRACKETS, ' ') : text);
  if (hasPairs) title = title.replace(SPACE_AFTER_OPENING, '$1').replace(SPACE_BEFORE_CLOSING, '$1');
  let previous = '';
  while (previous !== title) {
    previous = title;
    title = title.replace(LEADING_SEPARATOR_RUN, '').replace(LEADING_DASHES, '');
    if (endsWithMatch(title, TRAILING_SEPARATOR)) title = title.replace(TRAILING_SEPARATOR_RUN, '');
    if (HAS_DOUBLED_SEPARATOR.test(title)) title = title.replace(DOUBLED_SEPARATOR, ' $2 ');
    if (hasPairs) title = title.replace(EMPTY_PAIR, '');
    title = title.trim();
  }
  return title;
}

/** ASCII letter or digit. */
function isAsciiWordCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/**
 * Whether the text is words and numbers with single spaces (PLAIN_TITLE). Most titles are ASCII:
 * read those by character codes, and leave any other text to the Unicode pattern.
 */
function isPlainTitle(text: string): boolean {
  if (text === '' || !isAsciiWordCode(text.charCodeAt(0))) return PLAIN_TITLE.test(text);
  for (let index = 1; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (isAsciiWordCode(code) || code === 46) continue;
    if (code === 32 && index + 1 < text.length && isAsciiWordCode(text.charCodeAt(index + 1))) continue;
    return code > 127 || code === 32 ? PLAIN_TITLE.test(text) : false;
  }
  return true;
}
