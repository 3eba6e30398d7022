import { parsePeriod, releaseRhythmOf } from '../cadences.js';
import { classifySection } from '../classifySection.js';
import { CADENCE_SECTION_NAMES, EVERY_WORDS, NUMBER_WORDS, PERIOD_ADVERBS, PERIOD_UNITS, RELEASE_NOUNS, SUPPORT_WINDOW_WORDS } from './cadenceWords.js';

describe('cadence words', () => {
  it.each(EVERY_WORDS)('"%s 2 months" is every 2 months', (word) => {
    expect(parsePeriod(`releases ${word} 2 months`)).toEqual({ count: 2, unit: 'month' });
  });

  it.each(Object.entries(NUMBER_WORDS))('"every %s weeks" counts %s', (word, count) => {
    expect(parsePeriod(`every ${word} weeks`)).toEqual({ count, unit: 'week' });
  });

  it.each(Object.entries(PERIOD_UNITS))('"every 3 %s" is three of its unit', (word, unit) => {
    expect(parsePeriod(`every 3 ${word}`)).toEqual({ count: 3 * unit.count, unit: unit.unit });
  });

  it.each(Object.entries(PERIOD_ADVERBS))('"%s" is a period', (word, period) => {
    expect(parsePeriod(`Patch releases: ${word}`)).toEqual(period);
  });

  it.each(RELEASE_NOUNS)('"%s" makes a sentence with a period a release rhythm', (noun) => {
    expect([releaseRhythmOf(`A new ${noun} every 2 months.`), releaseRhythmOf('Every 2 months we meet.')]).toEqual([{ count: 2, unit: 'month' }, undefined]);
  });

  it.each(SUPPORT_WINDOW_WORDS)('"%s" makes a sentence a support window, not a rhythm', (word) => {
    expect(releaseRhythmOf(`Each release gets ${word} every 6 months.`)).toBeUndefined();
  });

  it.each(CADENCE_SECTION_NAMES)('"## %s" is a release-schedule section', (name) => {
    expect(classifySection({ depth: 2, line: 1, text: name, blocks: [], children: [] }, 'top', '2026-03-15').kind).toEqual('cadence');
  });
});
