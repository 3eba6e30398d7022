import { chooseScrollStart } from './chooseScrollStart.js';

describe('chooseScrollStart', () => {
  it('keeps the wanted position when it cuts no text', () => {
    expect(chooseScrollStart(500, 300, 2000, [{ start: 100, end: 160 }, { start: 900, end: 960 }])).toBe(500);
  });

  it('moves back to the start of a label the start edge would cut', () => {
    expect(chooseScrollStart(500, 300, 2000, [{ start: 480, end: 540 }])).toBe(480);
  });

  it('moves so a label at the end edge is wholly in or wholly out', () => {
    // 500 + 300 = 800 would cut [780, 840]: 480 shows none of it, 540 all of it; the nearer wins.
    expect(chooseScrollStart(500, 300, 2000, [{ start: 780, end: 840 }])).toBe(480);
  });

  it('stays within the scroll range and ignores text wider than the window', () => {
    expect(chooseScrollStart(-50, 300, 2000, [{ start: 0, end: 400 }])).toBe(0);
    expect(chooseScrollStart(5000, 300, 2000, [])).toBe(2000);
  });
});

describe('chooseScrollStart with a sticky corner', () => {
  it('also keeps whole the text at the scroll box edge hidden `behind` the window', () => {
    // The box edge sits at 500 - 120 = 380, inside [350, 410]: 470 and 530 put it at the label's
    // start or end, 30 px away either way; the earlier wins.
    expect(chooseScrollStart(500, 300, 2000, [{ start: 350, end: 410 }], 120)).toBe(470);
    expect(chooseScrollStart(500, 300, 2000, [{ start: 350, end: 410 }])).toBe(500);
  });
});
