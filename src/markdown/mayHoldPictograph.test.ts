import { mayHoldPictograph } from './mayHoldPictograph.js';

describe('mayHoldPictograph', () => {
  it('finds every code point that is an emoji pictograph', () => {
    const missed: string[] = [];
    for (let code = 0; code <= 0x1ffff; code += 1) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const char = String.fromCodePoint(code);
      if (/\p{Extended_Pictographic}/u.test(char) && !mayHoldPictograph(`a ${char} b`)) missed.push(code.toString(16));
    }
    expect(missed).toEqual([]);
  });

  it('lets prose through without a pictograph: accents, typographic marks and CJK text', () => {
    expect(['Sécurité — “done”', 'v1.0 – Release', '已完成的功能', 'Größe über 2', 'plain'].map(mayHoldPictograph)).toEqual([false, false, false, false, false]);
    expect(['✅ done', '🟢 hecho', '© 2026', '⭐ star'].map(mayHoldPictograph)).toEqual([true, true, true, true]);
  });
});
