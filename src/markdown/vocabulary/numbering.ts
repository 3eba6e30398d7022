/**
 * Words (letters only) that, followed by a number, name a phase (`Phase 2`, `Gate G1`, `Etapa 3`, `Этап 2`).
 * Lower case; one entry per spelling.
 */
export const PHASE_NUMBERING_WORDS: readonly string[] = [
  // English
  'phase',
  'milestone',
  'stage',
  'step',
  'sprint',
  'iteration',
  'wave',
  'release',
  'epic',
  'track',
  'part',
  'increment',
  'horizon',
  'gate',
  'tier',
  'priority',
  // German, French, Spanish, Portuguese, Italian, Dutch
  'meilenstein',
  'stufe',
  'étape',
  'jalon',
  'fase',
  'etapa',
  'hito',
  'marco',
  'tappa',
  'mijlpaal',
  // Russian
  'фаза',
  'этап',
  'стадия',
  'веха',
];

/** `Phase 1`, `Alloy Pilot Phase 0`, `Current focus: Phase 1`, `Gate G2`, `Stage II`: up to two name words, a numbering word, its number. */
export const NUMBERING = new RegExp(
  `^(?:[\\p{L}][\\p{L}\\p{N}-]*:?\\s+){0,2}?(${PHASE_NUMBERING_WORDS.join('|')})\\s+#?(\\d+(?:\\.\\d+)*[a-z]?|[a-z]{1,2}-?\\d+(?:[.-]\\d+)*(?![\\p{L}\\p{N}])|[ivx]+(?![\\p{L}\\p{N}])|[a-z](?![\\p{L}\\p{N}])|(?:one|two|three|four|five|six|seven|eight|nine|ten)(?![\\p{L}\\p{N}]))`,
  'iu',
);

/** A numbering word and a space anywhere: NUMBERING cannot match text without one, and this is asked faster. */
const NUMBERING_WORD = new RegExp(`(?:${PHASE_NUMBERING_WORDS.join('|')})\\s`, 'iu');

/** NUMBERING's match in `text`, asked only of text that holds a numbering word. */
export function matchNumbering(text: string): RegExpExecArray | null {
  return NUMBERING_WORD.test(text) ? NUMBERING.exec(text) : null;
}

/** `P0 — Search`, `P1: Sync`: a priority tier written as a tag up front. */
export const PRIORITY_TAG = /^P([0-9])(?=\s*[-–—:|)]|\s*$)/;

const CJK_DIGITS = '〇一二三四五六七八九十';

/** `第二阶段：短期目标`, `第3期`: a phase numbered the way Chinese and Japanese write ordinals. */
export const CJK_ORDINAL = /^第\s*([〇一二三四五六七八九十]{1,3}|\d{1,3})\s*(?:个)?(?:阶段|階段|期|步|段階|フェーズ|里程碑|マイルストーン)/u;

/** `二` → `2`, `十二` → `12`, `3` → `3`: the number of a CJK ordinal. */
export function cjkNumber(written: string): string {
  if (/^\d+$/.test(written)) return written;
  const digits = [...written].map((char) => CJK_DIGITS.indexOf(char));
  const ten = digits.indexOf(10);
  if (ten === -1) return digits.join('');
  const tens = ten === 0 ? 1 : digits[0]!;
  const ones = ten === digits.length - 1 ? 0 : digits[ten + 1]!;
  return String(tens * 10 + ones);
}
