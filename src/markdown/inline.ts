import type { Nodes, Paragraph, PhrasingContent } from 'mdast';

declare module 'mdast' {
  interface ParagraphData {
    /** The paragraph's lines as `paragraphLines` read them, shared by every reader that asks. */
    lines?: InlineLine[];
  }
}

/** One source line of a paragraph: its phrasing nodes (text split at line ends) and plain text. */
export interface InlineLine {
  /** 1-based source line. */
  line: number;
  nodes: PhrasingContent[];
  text: string;
  /** The line's lead as `leadOf` read it (`null`: it has none), so readers after the first reuse it. */
  lead?: LeadPair | null;
}

/** A `**Key**: value` (or `**Key** - value`) line. */
export interface LeadPair {
  key: string;
  value: string;
  /** The phrasing nodes after the separator. */
  valueNodes: PhrasingContent[];
  /** Whether a `:` followed the key; `**Title** - detail` has none. */
  hasColon: boolean;
}

/** The line a node starts on, or `fallback` when it has no position. */
export function lineOf(node: { position?: { start: { line: number } } | undefined }, fallback = 1): number {
  return node.position?.start.line ?? fallback;
}

/** The plain text of phrasing nodes: markup dropped, inline code kept, HTML and images left out. */
export function plainText(nodes: readonly Nodes[]): string {
  let out = '';
  // Most runs are flat (text, code, breaks): read them in order; the first node with children
  // hands the rest to the walk below, which needs a stack of its own.
  let flat = 0;
  for (; flat < nodes.length; flat += 1) {
    const node = nodes[flat]!;
    if (node.type === 'text' || node.type === 'inlineCode') out += node.value;
    else if (node.type === 'break') out += '\n';
    else if ('children' in node) break;
  }
  if (flat === nodes.length) return out;
  const stack: Nodes[] = nodes.slice(flat).reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'text' || node.type === 'inlineCode') out += node.value;
    else if (node.type === 'break') out += '\n';
    else if ('children' in node) {
      for (let index = node.children.length - 1; index >= 0; index -= 1) stack.push(node.children[index] as Nodes);
    }
  }
  return out;
}

/**
 * A paragraph's source lines (see `splitLines`), split once however many readers ask: the lines
 * also carry what `leadOf` found. Readers must not change the array.
 */
export function paragraphLines(paragraph: Paragraph): readonly InlineLine[] {
  paragraph.data ??= {};
  paragraph.data.lines ??= splitLines(paragraph.children, lineOf(paragraph));
  return paragraph.data.lines;
}

/** Splits a paragraph's phrasing content into source lines (at soft and hard line breaks). */
export function splitLines(nodes: readonly PhrasingContent[], firstLine: number): InlineLine[] {
  const lines: InlineLine[] = [];
  let current: PhrasingContent[] = [];
  let line = firstLine;
  const flush = (next: number) => {
    const text = plainText(current).trim();
    if (text !== '') lines.push({ line, nodes: current, text });
    current = [];
    line = next;
  };
  for (const node of nodes) {
    const start = lineOf(node, line);
    if (node.type === 'break') {
      flush(node.position?.end.line ?? line + 1);
    } else if (node.type === 'text' && node.value.includes('\n')) {
      const pieces = node.value.split('\n');
      pieces.forEach((piece, index) => {
        if (index > 0) flush(start + index);
        if (piece !== '') current.push({ type: 'text', value: piece });
      });
    } else {
      if (current.length === 0) line = start;
      current.push(node);
    }
  }
  flush(line);
  return lines;
}

function isDecoration(node: PhrasingContent): boolean {
  return node.type === 'text' && /^(?:\s|\p{Extended_Pictographic}|\uFE0F|\u200D|[✓✗✘☐☒])*$/u.test(node.value);
}

/**
 * Reads `**Key**: value`, `**Key:** value`, `**Key** - value` or a bare `**Key**:` from the start of
 * a line (after any emoji). `undefined` when the line does not open with bold or italic text.
 */
export function readLead(nodes: readonly PhrasingContent[]): LeadPair | undefined {
  let start = 0;
  while (start < nodes.length && isDecoration(nodes[start]!)) start += 1;
  const lead = nodes[start];
  if (!lead || (lead.type !== 'strong' && lead.type !== 'emphasis')) return undefined;
  let key = plainText([lead]).trim();
  const rest = nodes.slice(start + 1);
  const first = rest[0];
  let hasColon = false;
  if (/[:：]$/.test(key)) {
    key = key.slice(0, -1).trim();
    hasColon = true;
  }
  let valueNodes = rest;
  if (first?.type === 'text') {
    const separator = /^\s*(?:[:：]|[-–—](?=\s|$))\s*/.exec(first.value);
    if (separator) {
      hasColon ||= separator[0].includes(':') || separator[0].includes('：');
      valueNodes = [{ ...first, value: first.value.slice(separator[0].length) }, ...rest.slice(1)];
    } else if (!hasColon && !isDecoration(first)) {
      return undefined;
    }
  }
  if (key === '') return undefined;
  return { key, value: plainText(valueNodes).trim(), valueNodes, hasColon };
}

/** Every link under the nodes, in order. */
export function collectLinks(nodes: readonly Nodes[]): { url: string; line: number }[] {
  const links: { url: string; line: number }[] = [];
  const stack: Nodes[] = [...nodes].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'link') links.push({ url: node.url, line: lineOf(node) });
    if ('children' in node) for (let index = node.children.length - 1; index >= 0; index -= 1) stack.push(node.children[index] as Nodes);
  }
  return links;
}

/** Whether all the text of the nodes is struck through (`~~…~~`). */
export function isStruckThrough(nodes: readonly PhrasingContent[]): boolean {
  let struck = false;
  for (const node of nodes) {
    if (node.type === 'delete') struck = true;
    else if (plainText([node]).trim() !== '' && !isDecoration(node)) return false;
  }
  return struck;
}

/** The `**Key**: value` lead of a line (see `readLead`), read once however many readers ask. */
export function leadOf(line: InlineLine): LeadPair | undefined {
  if (line.lead === undefined) line.lead = readLead(line.nodes) ?? null;
  return line.lead ?? undefined;
}

/**
 * A key–value line, bold (`**ETA**: February 2025`) or plain (`Estimated: Q2 2026`). A plain key
 * counts only when `isKnownKey` accepts it, so a sentence with a colon stays a sentence.
 */
export function readKeyValue(line: InlineLine, isKnownKey: (key: string) => boolean): LeadPair | undefined {
  const lead = leadOf(line);
  // `*Target: Q3 2025*`: the whole line in emphasis, key and value inside it.
  if (lead && !lead.hasColon && lead.value === '') return readPlainKeyValue(lead.key, isKnownKey) ?? lead;
  return lead ?? readPlainKeyValue(line.text, isKnownKey);
}

function readPlainKeyValue(text: string, isKnownKey: (key: string) => boolean): LeadPair | undefined {
  // Most lines are no key–value pair: without a colon the pattern below cannot match.
  if (!text.includes(':') && !text.includes('：')) return undefined;
  const plain = /^([\p{L}][\p{L} ]{0,30}?)\s*[:：]\s*(.*)$/u.exec(text);
  if (!plain || !isKnownKey(plain[1]!)) return undefined;
  return { key: plain[1]!.trim(), value: plain[2]!.trim(), valueNodes: [{ type: 'text', value: plain[2]!.trim() }], hasColon: true };
}
