import { contrastRatio, parseHexColor, readableTextOn } from './contrastRatio.js';

describe('contrastRatio', () => {
  it('gives the WCAG extremes and symmetric results', () => {
    expect(contrastRatio('#ffffff', '#000000')).toBe(21);
    expect(contrastRatio('#000', '#fff')).toBe(21);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
  });

  it('refuses colours it cannot read', () => {
    expect(parseHexColor('oklch(60% 0.2 290)')).toBeUndefined();
    expect(contrastRatio('var(--brand)', '#fff')).toBeUndefined();
    expect(readableTextOn('rebeccapurple')).toBeUndefined();
  });

  it.each([
    ['#6d28d9', '#ffffff'],
    ['#fde047', '#0b1020'],
    ['#8db1ff', '#0b1020'],
    ['#0f766e', '#ffffff'],
  ])('picks readable text on %s', (fill, text) => {
    expect(readableTextOn(fill)).toBe(text);
    expect(contrastRatio(text, fill)).toBeGreaterThanOrEqual(4.5);
  });
});
