import { repairMojibake } from './mojibake.js';

/**
 * Readies raw ROADMAP.md text for the markdown parser: drops a UTF-8 byte-order mark, turns CRLF
 * and lone CR line endings into LF (one for one, so line numbers stay those of the file) and
 * repairs mojibake.
 */
export function prepareSource(markdown: string): string {
  const withoutBom = markdown.charCodeAt(0) === 0xfeff ? markdown.slice(1) : markdown;
  return repairMojibake(withoutBom.replace(/\r\n?/g, '\n'));
}
