/** What a `**Key**: value` line means inside a roadmap. */
export type KeyKind = 'date' | 'status' | 'summary' | 'updated' | 'criteria' | 'version' | 'other';

const KINDS: readonly (readonly [RegExp, KeyKind])[] = [
  [/^(?:last\s+)?(?:updated|update|modified|revised)(?:\s+on)?$|^(?:date\s+updated|as\s+of)$/, 'updated'],
  [/^(?:status|state|phase\s+status|current\s+status)$/, 'status'],
  [/^(?:success\s+(?:criteria|metrics|measures)|exit\s+criteria|acceptance\s+criteria|metrics|kpis?|targets|definition\s+of\s+done|done\s+criteria|criteria|key\s+results|goals\s+and\s+metrics)$/, 'criteria'],
  [/^(?:goals?|focus|theme|objectives?|summary|description|overview|purpose|why|mission|tl\s?dr)$/, 'summary'],
  [/^(?:current\s+)?version$/, 'version'],
  [
    /^(?:eta|target|target\s+(?:date|release|quarter|window)|targeted|estimated?|est|estimated\s+(?:date|release|completion)|released?|release\s+date|released\s+on|date|dates|due|due\s+date|deadline|timeline|time\s?frame|when|expected|expected\s+(?:date|release)|planned|planned\s+(?:date|for|release)|launch|launch(?:ed)?\s+date|launched|ship\s+date|shipped|completed|completion|completion\s+date|start|start\s+date|delivered|delivery|scheduled|schedule|period|horizon|quarter)$/,
    'date',
  ],
];

/** A key as compared: lower case, letters and spaces only. */
export function normalizeKey(key: string): string {
  return key
    .toLowerCase()
    .replace(/[^\p{L}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** What a key announces (`**ETA**` a date, `**Focus**` a summary, `**Exit Criteria**` metrics). */
export function classifyKey(key: string): KeyKind {
  const normalized = normalizeKey(key);
  for (const [pattern, kind] of KINDS) if (pattern.test(normalized)) return kind;
  return 'other';
}

/** Whether the key announces a date (`ETA`, `Target Date`, `Estimated`, `Released`). */
export function isDateKey(key: string): boolean {
  return classifyKey(key) === 'date';
}

/** Whether a date under this key says the work is finished (`Released`, `Shipped`, `Completed`). */
export function isDoneDateKey(key: string): boolean {
  return /^(?:released?|released\s+on|shipped|completed|completion\s+date|delivered|launched)$/.test(normalizeKey(key));
}

/** Whether a value without a date under this key is still a time as written (`**Timeline**: Ongoing R&D`). */
export function isTimeframeKey(key: string): boolean {
  return /^(?:eta|timeline|time\s?frame|when|period|horizon|schedule)$/.test(normalizeKey(key));
}

/** Whether a key without bold still reads as a key (`Estimated: Q2 2026`, `Status: Done`). */
export function isKnownKey(key: string): boolean {
  const kind = classifyKey(key);
  return kind === 'date' || kind === 'status' || kind === 'updated' || kind === 'criteria' || kind === 'summary';
}
