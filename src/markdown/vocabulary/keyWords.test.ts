import { classifyKey, isDoneDateKey, isGoalOrDateKey, isTimeframeKey } from '../keyValues.js';
import { targetDateOf } from '../phaseDates.js';
import { DONE_DATE_KEYS, GOAL_OR_DATE_KEYS, KEY_WORDS, TARGET_PHRASES, TIMEFRAME_KEYS } from './keyWords.js';

describe('KEY_WORDS', () => {
  const entries = KEY_WORDS.flatMap(([kind, words]) => words.map((word) => ({ kind, word })));

  it.each(entries)('"$word" announces $kind, bold with a colon or capitalised', ({ kind, word }) => {
    const capitalised = word.charAt(0).toUpperCase() + word.slice(1);
    expect([classifyKey(word), classifyKey(`${capitalised}:`)]).toEqual([kind, kind]);
  });
});

describe('date key lists', () => {
  it.each(DONE_DATE_KEYS)('"%s" is a date key that means done', (key) => {
    expect([classifyKey(key), isDoneDateKey(key)]).toEqual(['date', true]);
  });

  it.each(TIMEFRAME_KEYS)('"%s" is a date key that keeps a time in words', (key) => {
    expect([classifyKey(key), isTimeframeKey(key)]).toEqual(['date', true]);
  });

  it.each(GOAL_OR_DATE_KEYS)('"%s" is a date key that may name a goal instead', (key) => {
    expect([classifyKey(key), isGoalOrDateKey(key)]).toEqual(['date', true]);
  });
});

describe('TARGET_PHRASES', () => {
  it.each(TARGET_PHRASES)('"%s" dates the phase from the first date after it, in its sentence', (phrase) => {
    expect([targetDateOf(`Work ${phrase} Q3 2026. Then Q4 2027.`, '2026-03-15')?.label, targetDateOf(`Work done. Then ${phrase} nothing. Q4 2027`, '2026-03-15')]).toEqual(['Q3 2026', undefined]);
  });
});
