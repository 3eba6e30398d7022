import { countingDecimals, countingValue } from './useCountingText.js';

describe('countingDecimals', () => {
  it('shows as many decimals as the more precise end, at most two', () => {
    expect(countingDecimals(100, 150)).toBe(0);
    expect(countingDecimals(99.9, 100)).toBe(1);
    expect(countingDecimals(1, 2.25)).toBe(2);
    expect(countingDecimals(0.125, 1)).toBe(2);
  });
});

describe('countingValue', () => {
  it('starts at the previous value, ends at the new one and eases out, rounded', () => {
    expect(countingValue(100, 150, 0, 0)).toBe(100);
    expect(countingValue(100, 150, 1, 0)).toBe(150);
    // 1 - 0.5³ = 0.875 of the way at half time.
    expect(countingValue(100, 150, 0.5, 0)).toBe(144);
    expect(countingValue(150, 100, 0.5, 0)).toBe(106);
    expect(countingValue(99, 99.9, 0.5, 1)).toBe(99.8);
  });
});
