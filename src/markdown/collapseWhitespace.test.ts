import { describe, expect, it } from 'vitest';
import { collapseWhitespace } from './collapseWhitespace.js';

describe('collapseWhitespace', () => {
  it.each([
    ['Search and filters', 'Search and filters'],
    ['', ''],
    [' one leading and trailing ', ' one leading and trailing '],
    ['two  spaces', 'two spaces'],
    ['a\tb', 'a b'],
    ['line\nbreak', 'line break'],
    ['mixed \n\t run', 'mixed run'],
    ['no\u00a0break', 'no break'],
    ['\u3000ideographic', ' ideographic'],
  ])('%j → %j, as a replace of every whitespace run would give', (text, expected) => {
    expect(collapseWhitespace(text)).toBe(expected);
    expect(collapseWhitespace(text)).toBe(text.replace(/\s+/g, ' '));
  });
});
