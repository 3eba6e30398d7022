import { CJK_ORDINAL, cjkNumber, matchNumbering, NUMBERING, PHASE_NUMBERING_WORDS, PRIORITY_TAG } from './numbering.js';

describe('PHASE_NUMBERING_WORDS', () => {
  it.each(PHASE_NUMBERING_WORDS.map((word) => [word]))('reads "%s 2: Rollout" as a numbered phase', (word) => {
    const match = NUMBERING.exec(`${word[0]!.toUpperCase()}${word.slice(1)} 2: Rollout`);
    expect([match?.[1]?.toLowerCase(), match?.[2]]).toEqual([word, '2']);
  });

  it('reads letter ids, roman and spelled numbers, and up to two name words before the word', () => {
    expect(['Gate G2 — Hardening', 'Phase R2-1', 'Stage II', 'Phase One', 'Orbit Pilot Phase 0 (2025)'].map((text) => NUMBERING.exec(text)?.slice(1, 3))).toEqual([
      ['Gate', 'G2'],
      ['Phase', 'R2-1'],
      ['Stage', 'II'],
      ['Phase', 'One'],
      ['Phase', '0'],
    ]);
  });

  it('does not read a number further into a sentence, or a word that only starts like one', () => {
    expect(['Plans for the next Phase 2', 'Phased rollout 2', 'Trackpad 3'].map((text) => NUMBERING.test(text))).toEqual([false, false, false]);
  });
});

describe('PRIORITY_TAG', () => {
  it('reads a priority tier up front, not a word starting with P', () => {
    expect(['P0 — Search', 'P2: Sync', 'P1', 'Plugins', 'P10 work'].map((text) => PRIORITY_TAG.exec(text)?.[1])).toEqual(['0', '2', '1', undefined, undefined]);
  });
});

describe('CJK_ORDINAL', () => {
  it('reads ordinal phases and their numbers', () => {
    expect(['第一阶段：立即行动', '第十二期', '第3段階', '第二十一个阶段'].map((text) => cjkNumber(CJK_ORDINAL.exec(text)?.[1] ?? ''))).toEqual(['1', '12', '3', '21']);
    expect(CJK_ORDINAL.test('第一章')).toBe(false);
  });
});

describe('matchNumbering', () => {
  it('finds what NUMBERING finds, in every casing of every numbering word, and nothing without one', () => {
    const texts = PHASE_NUMBERING_WORDS.flatMap((word) => [`${word} 3: Rollout`, `Alloy ${word.toUpperCase()}\t2`, `Pilot — ${word}s 4`]);
    expect(texts.map((text) => matchNumbering(text)?.slice(0, 3))).toEqual(texts.map((text) => NUMBERING.exec(text)?.slice(0, 3)));
    expect(['v1.0 - Foundations', 'Q1 2026', 'Phased rollout 2'].map(matchNumbering)).toEqual([null, null, null]);
  });
});
