import { escapeJsonControls, toTerminalText } from './terminalText.js';

describe('toTerminalText', () => {
  it.each([
    ['a window title (OSC ended by BEL)', 'a\u001b]0;pwned\u0007b', 'ab'],
    ['a hyperlink (OSC ended by ESC \\)', '\u001b]8;;https://x.test\u001b\\link\u001b]8;;\u001b\\', 'link'],
    ['clear screen and colours (CSI)', '\u001b[2J\u001b[1;31mred\u001b[0m', 'red'],
    ['the single-byte CSI', 'a\u009b31mb', 'ab'],
    ['an OSC left open, which stops at the end of its line', 'a\u001b]0;title\nnext', 'a\nnext'],
    ['a carriage return, backspace, bell and NUL', 'Login\r\b\u0007\u0000!', 'Login!'],
  ])('removes %s', (_name, text, expected) => {
    expect(toTerminalText(text)).toBe(expected);
  });

  it('keeps tabs, line feeds and every printable character, RTL text and emoji included', () => {
    const text = 'v1.0\tשלום עולם 🚀 café\n';
    expect(toTerminalText(text)).toBe(text);
  });
});

describe('escapeJsonControls', () => {
  it('writes DEL and C1 controls as \\u escapes that parse back to the same string', () => {
    const json = escapeJsonControls(JSON.stringify({ title: 'a\u007fb\u0085c\u009bd' }));
    expect(json).toBe('{"title":"a\\u007fb\\u0085c\\u009bd"}');
    expect(JSON.parse(json)).toEqual({ title: 'a\u007fb\u0085c\u009bd' });
  });
});
