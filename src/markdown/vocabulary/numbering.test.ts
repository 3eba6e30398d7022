import { NUMBERING, PHASE_NUMBERING_WORDS } from './numbering.js';

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
