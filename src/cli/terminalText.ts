// Escape sequences a terminal acts on: CSI (ESC [ … final byte: colours, cursor moves, clear
// screen), OSC (ESC ] … BEL or ESC \: window title, hyperlinks, clipboard) up to the end of its line
// at most, the other two-byte ESC sequences, and the single-byte C1 forms of CSI (0x9B) and OSC (0x9D).
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point here.
const ESCAPE_SEQUENCE = /(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]|(?:\u001b\]|\u009d)[^\u0007\u001b\u009c\n]*(?:\u0007|\u001b\\|\u009c)?|\u001b[@-Z\\-_]/g;
// Every other C0 and C1 control but tab and line feed; a carriage return could overwrite a line.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point here.
const CONTROL_CHARACTER = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/**
 * Text safe to write to a terminal: escape sequences removed whole (so `ESC]0;title BEL` leaves no
 * `]0;title` behind), then every remaining control character but tab and line feed. Everything
 * the CLI prints passes through it: a roadmap's text must not retitle the window or clear the screen.
 * @example toTerminalText('\u001b[2J\u001b]0;pwned\u0007Roadmap\r\n') // 'Roadmap\n'
 */
export function toTerminalText(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, '').replace(CONTROL_CHARACTER, '');
}

/**
 * JSON text with DEL and the C1 controls written as `\u` escapes. `JSON.stringify` escapes only
 * U+0000–U+001F; this keeps the same data while leaving nothing for a terminal to act on, so
 * `toTerminalText` has nothing to strip from the JSON `convert` prints.
 * @example escapeJsonControls(JSON.stringify('a\u009bb')) // '"a\\u009bb"'
 */
export function escapeJsonControls(json: string): string {
  return json.replace(/[\u007f-\u009f]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
