import { textDirection } from './textDirection.js';

describe('textDirection', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('reads a dir attribute on any ancestor, and a stylesheet direction', () => {
    document.body.innerHTML = '<div dir="rtl"><p><span id="attribute">x</span></p></div><div style="direction: rtl"><span id="style">y</span></div><span id="plain">z</span>';
    expect(textDirection(document.getElementById('attribute')!)).toBe('rtl');
    expect(textDirection(document.getElementById('style')!)).toBe('rtl');
    expect(textDirection(document.getElementById('plain')!)).toBe('ltr');
  });

  it('takes the direction the caller gives over the page', () => {
    document.body.innerHTML = '<div dir="rtl"><span id="inner">x</span></div>';
    expect(textDirection(document.getElementById('inner')!, 'ltr')).toBe('ltr');
    expect(textDirection(document.body, 'rtl')).toBe('rtl');
  });
});
