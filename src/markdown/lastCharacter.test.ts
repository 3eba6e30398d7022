import { describe, expect, it } from 'vitest';
import { endsWithMatch } from './lastCharacter.js';

describe('endsWithMatch', () => {
  it('asks only the last character', () => {
    expect(endsWithMatch('Done.', /[.!]/)).toBe(true);
    expect(endsWithMatch('Done', /[.!]/)).toBe(false);
    expect(endsWithMatch('a. b', /[.!]/)).toBe(false);
    expect(endsWithMatch('', /[.!]/)).toBe(false);
  });
});
