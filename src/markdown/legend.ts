import type { ListItem, Nodes, Root } from 'mdast';
import type { Status } from '../model/types.js';
import { plainText } from './inline.js';
import { statusOfValue } from './statuses.js';
import { readTable } from './tables.js';
import { mayHoldPictograph } from './mayHoldPictograph.js';
import { collapseWhitespace } from './collapseWhitespace.js';

const PICTOGRAPH = /\p{Extended_Pictographic}/gu;
// `🟢 hecho / 🟡 parcial / 🔴 pendiente`, `✅ = done, 🚧 = in progress`: a mark, then its meaning.
const PAIR = /(\p{Extended_Pictographic})\uFE0F?\s*[=:：–—-]?\s*([^\p{Extended_Pictographic}/|,;·\n]{1,40})/gu;

function marksOf(text: string): string[] {
  return text.match(PICTOGRAPH) ?? [];
}

const OPENING_PICTOGRAPH = /^\p{Extended_Pictographic}/u;

/** Each item's text when every item opens with its one mark (`- 🟢 done`); `undefined` at the first that does not. */
function markedLines(items: readonly ListItem[]): string[] | undefined {
  const lines: string[] = [];
  for (const item of items) {
    const line = collapseWhitespace(plainText(item.children.filter((child) => child.type === 'paragraph'))).trim();
    if (!OPENING_PICTOGRAPH.test(line) || marksOf(line).length !== 1) return undefined;
    lines.push(line);
  }
  return lines;
}

/** Legend lines: two or more marks each followed by a status word. */
function readLegendLine(text: string, legend: Map<string, Status>): void {
  if (!mayHoldPictograph(text)) return;
  const pairs: [string, Status][] = [];
  PAIR.lastIndex = 0;
  for (let match = PAIR.exec(text); match; match = PAIR.exec(text)) {
    const status = statusOfValue(match[2]!.trim());
    if (!status) return;
    pairs.push([match[1]!, status]);
  }
  if (pairs.length >= 2) for (const [mark, status] of pairs) legend.set(mark, status);
}

/**
 * The marks a document defines for itself: a legend table (`| Emoji | Meaning |` with rows
 * `| 🟢 | Done |`) or a legend line (`🟢 hecho / 🟡 parcial / 🔴 pendiente`). Traffic lights and
 * other emoji the built-in vocabulary leaves alone then carry the status the author gave them.
 */
export function readLegend(tree: Root): Map<string, Status> {
  const legend = new Map<string, Status>();
  const stack: Nodes[] = [...tree.children];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'table') {
      const shape = readTable(node);
      if (!shape.columns.isLegend) continue;
      for (const row of shape.rows) {
        const [mark, ...meaning] = row.texts;
        const status = statusOfValue(meaning.join(' '));
        if (status) for (const char of marksOf(mark ?? '')) legend.set(char, status);
      }
    } else if (node.type === 'list' && node.children.length >= 2) {
      // A list of one mark each (`- 🟢 done`, `- 🟡 partial`) reads as one legend line.
      const lines = markedLines(node.children);
      if (lines) readLegendLine(lines.join(' / '), legend);
      else stack.push(...node.children);
    } else if (node.type === 'paragraph') {
      readLegendLine(plainText(node.children), legend);
    } else if ('children' in node && node.type !== 'heading') {
      stack.push(...(node.children as Nodes[]));
    }
  }
  return legend;
}
