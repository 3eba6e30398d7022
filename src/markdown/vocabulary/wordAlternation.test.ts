import { describe, expect, it } from 'vitest';
import { firstCharacters, wordAlternation } from './wordAlternation.js';

describe('wordAlternation', () => {
  it('escapes words, lets spaces match any run and tries the longest first', () => {
    expect(wordAlternation(['to', 'end of', 'a.b'])).toBe('end\\s+of|a\\.b|to');
  });
});

describe('firstCharacters', () => {
  it('is a lookahead for the first character of each word, once each', () => {
    expect(firstCharacters(['kpi', 'kpis', 'success'])).toBe('(?=[ks])');
  });

  it('escapes what would end or change the class, and keeps characters beyond the BMP whole', () => {
    expect(firstCharacters(['-x', ']y', '^z', '\\w'])).toBe('(?=[\\-\\]\\^\\\\])');
    expect(new RegExp(`${firstCharacters(['🚀 launch'])}🚀`, 'u').test('🚀')).toBe(true);
  });

  it('finds what the pattern without it finds, at the same place', () => {
    const words = ['Metrics', 'success criteria', 'Überblick', '指标'];
    const plain = new RegExp(`(?<![\\p{L}])(?:${wordAlternation(words)})`, 'iu');
    const filtered = new RegExp(`${firstCharacters(words)}(?<![\\p{L}])(?:${wordAlternation(words)})`, 'iu');
    for (const text of ['Key METRICS', 'Success  Criteria (Q1)', 'überblick', '关键指标', 'Submetrics', 'none here']) {
      expect(filtered.exec(text)?.index).toBe(plain.exec(text)?.index);
    }
  });
});
