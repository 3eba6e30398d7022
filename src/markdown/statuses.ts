import type { Status } from '../model/types.js';
import { cleanTitle } from './cleanTitle.js';
import { collapseWhitespace } from './collapseWhitespace.js';
import { endsWithMatch } from './lastCharacter.js';
import { mayHoldPictograph } from './mayHoldPictograph.js';
import { BRACKETED_STATUS_WORDS, PROGRESS_WORDS, STATUS_EMOJI, STATUS_WORDS } from './vocabulary/statusWords.js';

const STATUS_OF_EMOJI: ReadonlyMap<string, Status> = new Map(
  Object.entries(STATUS_EMOJI).flatMap(([status, chars]) => [...chars].map((char) => [char, status as Status] as const)),
);
const STATUS_OF_WORD: ReadonlyMap<string, Status> = new Map(
  Object.values(STATUS_WORDS).flatMap((byStatus) => Object.entries(byStatus).flatMap(([status, words]) => words.map((word) => [word, status as Status] as const))),
);
const LONGEST_STATUS_WORD = Math.max(...Array.from(STATUS_OF_WORD.keys(), (word) => word.length));
// A map, not the record itself: `(constructor)` is no status, and long segments are not made property names.
const STATUS_OF_BRACKETED_WORD: ReadonlyMap<string, Status> = new Map(Object.entries(BRACKETED_STATUS_WORDS));
const PROGRESS = new RegExp(`(?<![\\d.])(\\d{1,3})\\s?%\\s*(?:${PROGRESS_WORDS.join('|')})(?![\\p{L}])`, 'iu');

const EMOJI = /\p{Extended_Pictographic}|[\u{1F1E6}-\u{1F1FF}]|[\u{1F3FB}-\u{1F3FF}]|\uFE0F|\u200D|\u20E3|[✓✗✘☐☒]/gu;

const PHRASES: readonly (readonly [RegExp, Status])[] = [
  [/^(?:cancell?ed|dropped|abandoned|won'?t\s+(?:do|fix)|rejected|descoped|de-scoped|scrapped|obsolete|discarded|withdrawn|superseded|not\s+planned)(?:\s+(?:in\s+favou?r\s+of|due\s+to|because|for)\b.*)?$/, 'cancelled'],
  [/^(?:deferred|postponed|on\s+hold|paused|delayed)(?:\s+(?:to|until|till|past|into|beyond|for)\b.*)?$/, 'deferred'],
  [/^(?:moved|pushed|punted|slipped)\s+(?:to|until|into)\b.*$/, 'deferred'],
  [
    /^(?:all\s+|recently\s+)?(?:completed?|done|finished|released|shipped|delivered|implemented|achieved|launched|met)(?:\s+(?:on|in)\s+.*)?$/,
    'done',
  ],
  [/^ready\s+for\s+release$/, 'done'],
  [
    /^(?:in[\s-]progress|wip|work\s+in\s+progress|started|underway|under\s+way|in\s+development|in\s+review|in\s+testing|active|doing|being\s+worked\s+on|partially\s+(?:done|complete|completed)|partial|on\s+track|at\s+risk|blocked)$/,
    'in-progress',
  ],
  [/^(?:planned|planning|upcoming|not\s+started|todo|to[\s-]do|proposed|scheduled|pending|queued|not\s+yet\s+started)$/, 'planned'],
];

/** Every pattern of PHRASES in one: most phrases name no status, and are turned away by one test. */
const ANY_PHRASE = new RegExp(`^(?:${PHRASES.map(([pattern]) => `(?:${pattern.source.slice(1, -1)})`).join('|')})$`);

// What a phrase may carry around its words without naming another status: `**Done.**`, `- WIP`.
const TRAILING_MARKS = /(?<![\s!.;,*_~])[\s!.;,*_~]+$/;
const TRAILING_MARK = /[\s!.;,*_~]/;
const LEADING_MARKS = /^[\s*_~\-–—|:]+/;
const LEADING_MARK = /[\s*_~\-–—|:]/;

const CAPS_WORDS =
  /(?<![\p{L}])(?:ALL MET|COMPLETED?|DONE|RELEASED|SHIPPED|FINISHED|IN[ -]PROGRESS|WIP|PLANNED|DEFERRED|POSTPONED|ON HOLD|CANCELL?ED|DROPPED|NOT STARTED)(?![\p{L}])/u;

/** Removes every emoji (and its joiners and variation selectors), keeping ©, ® and ™. */
export function stripEmoji(text: string): string {
  // Every mark below U+2190 is kept: only a pictograph or a variation selector above it goes.
  // Asked by character codes, so that CJK or typographic prose does not run the Unicode pattern.
  if (!mayHoldPictograph(text, 0x2190) && !text.includes('\uFE0F')) return text;
  return text.replace(EMOJI, (char) => ((char.codePointAt(0) ?? 0) < 0x2190 || char === '™' ? char : ''));
}

// The marks the document being read defines in its own legend (see `legend.ts`). Set for the
// length of one synchronous read by `withLegend`, so every reader of statuses sees them without
// passing them through each call.
let documentLegend: ReadonlyMap<string, Status> = new Map();

/** The first UTF-16 unit of every mark, one flag per unit: where in a text a mark can start. */
function firstUnitsOf(marks: Iterable<string>): Uint8Array {
  const units = new Uint8Array(0x10000);
  for (const mark of marks) units[mark.charCodeAt(0)] = 1;
  return units;
}

const BUILT_IN_MARK_UNITS = firstUnitsOf(STATUS_OF_EMOJI.keys());
let markUnits = BUILT_IN_MARK_UNITS;

/** Runs `read` with the document's own legend in force, then restores the one before. */
export function withLegend<T>(legend: ReadonlyMap<string, Status>, read: () => T): T {
  const before = { legend: documentLegend, units: markUnits };
  documentLegend = legend;
  // Most documents define no marks of their own: the built-in table serves them as it is.
  markUnits = legend.size === 0 ? BUILT_IN_MARK_UNITS : firstUnitsOf([...STATUS_OF_EMOJI.keys(), ...legend.keys()]);
  try {
    return read();
  } finally {
    documentLegend = before.legend;
    markUnits = before.units;
  }
}

/** The status of the first status emoji in `text`, if any: the document's legend first, then the built-in marks. */
export function statusOfEmoji(text: string): Status | undefined {
  // Read by character codes: only where a mark can start is a character looked up (every mark,
  // built in or from the legend, is one code point).
  for (let index = 0; index < text.length; index += 1) {
    if (markUnits[text.charCodeAt(index)] !== 1) continue;
    const char = String.fromCodePoint(text.codePointAt(index)!);
    const status = documentLegend.get(char) ?? STATUS_OF_EMOJI.get(char);
    if (status) return status;
  }
  return undefined;
}

/**
 * The status a whole phrase names, in any case: `COMPLETED`, `In progress`, `Deferred to v1.2.0`,
 * `dropped in favour of X`; `undefined` for any other text.
 */
export function statusOfPhrase(text: string): Status | undefined {
  let phrase = stripEmoji(text).toLowerCase();
  // The trailing marks are looked for only behind a last character that is one: a search for
  // them from the front is paid on every phrase, and most end in a letter.
  if (endsWithMatch(phrase, TRAILING_MARK)) phrase = phrase.replace(TRAILING_MARKS, '');
  if (phrase !== '' && LEADING_MARK.test(phrase[0]!)) phrase = phrase.replace(LEADING_MARKS, '');
  phrase = collapseWhitespace(phrase);
  if (phrase === '') return undefined;
  if (ANY_PHRASE.test(phrase)) for (const [pattern, status] of PHRASES) if (pattern.test(phrase)) return status;
  // A phrase longer than every status word is none of them: not hashed for the lookup.
  return (phrase.length <= LONGEST_STATUS_WORD ? STATUS_OF_WORD.get(phrase) : undefined) ?? statusOfProgress(phrase);
}

const BARE_PERCENT = /^(\d{1,3})\s?%$/;

/** `99% complete` is under way, `100% done` done, `0% complete` not started; `undefined` without such a figure. */
export function statusOfProgress(text: string): Status | undefined {
  // Every figure holds a `%`: text without one (most) skips both patterns.
  if (!text.includes('%')) return undefined;
  const match = PROGRESS.exec(text) ?? BARE_PERCENT.exec(text.trim());
  if (!match) return undefined;
  const percent = Number(match[1]);
  if (percent >= 100) return 'done';
  return percent === 0 ? 'planned' : 'in-progress';
}

// Said of a whole phase in a `**Status**:` line, but too common inside titles (`Production Ready`).
const VALUE_ONLY = /^(?:production[\s-]ready|ready|live|ga|generally\s+available|stable)$/;

/** The status a `**Status**:` value names: its emoji, its whole text, or its first words (`Production Ready with …`). */
export function statusOfValue(text: string): Status | undefined {
  const words = stripEmoji(text).trim().split(/\s+/);
  for (let count = Math.min(words.length, 4); count >= 1; count -= 1) {
    const phrase = words.slice(0, count).join(' ');
    const status = statusOfPhrase(phrase) ?? (VALUE_ONLY.test(phrase.toLowerCase()) ? 'done' : undefined);
    if (status) return status;
  }
  return statusOfEmoji(text);
}

function statusOfBracketed(segment: string): Status | undefined {
  return STATUS_OF_BRACKETED_WORD.get(collapseWhitespace(segment.trim().toLowerCase()));
}

/** A text with its status markers taken out. */
export interface StatusExtraction {
  status?: Status;
  /** The text without status emoji, status segments or upper-case status words. */
  text: string;
  /** A status segment as written, when it says more than one word (`Deferred to v1.2.0`). */
  note?: string;
}

const SEGMENT_SPLIT = /((?!(?<=\s)\s)(?:\s+[-–—|]\s+|\s*[()[\]]\s*|:\s+|\s+[-–—]\s*$|^\s*[-–—]\s+))/;
/** Every separator SEGMENT_SPLIT cuts at holds one of these: text without any is one segment. */
const SEPARATOR_MARK = /[-–—|()[\]:]/;
const OPENING_BRACKET = /[([]/;
// A status segment that goes on to say more (`Deferred to v1.2.0`, `Done in March`).
const NOTE_WORDS = /\s(?:to|until|till|past|into|beyond|for|in\s+favou?r\s+of|due\s+to|because|on|in)\s/i;
const LEADING_SEPARATORS = /^[-–—|:\s]+/;

/**
 * Takes status markers out of a title: a segment between separators that is a status phrase
 * (`Beta Release - IN PROGRESS`, `Thing (deferred)`), upper-case status words anywhere
 * (`v0.1.0 RELEASED`), then status emoji. Words win over emoji when both are present.
 * @example extractStatus('Dynamic secrets - Deferred to v1.2.0') // { status: 'deferred', text: 'Dynamic secrets', note: 'Deferred to v1.2.0' }
 */
export function extractStatus(text: string): StatusExtraction {
  const emojiStatus = statusOfEmoji(text);
  let rest = stripEmoji(text);
  let status: Status | undefined;
  let note: string | undefined;
  const parts = SEPARATOR_MARK.test(rest) ? rest.split(SEGMENT_SPLIT) : [rest];
  // Even indexes are segments, odd ones the separators between them.
  for (let index = 0; index < parts.length; index += 2) {
    const segment = parts[index]!;
    const isBracketed = index > 0 && OPENING_BRACKET.test(parts[index - 1]!);
    const found = segment.trim() === '' ? undefined : (statusOfPhrase(segment) ?? (isBracketed ? statusOfBracketed(segment) : undefined));
    if (!found) continue;
    if (!status) {
      status = found;
      // `Deferred to v1.2.0` says more than its status; `IN PROGRESS` does not.
      if (NOTE_WORDS.test(segment)) note = segment.trim().replace(LEADING_SEPARATORS, '');
    }
    parts[index] = '';
  }
  rest = parts.length === 1 ? parts[0]! : parts.join('');
  const caps = CAPS_WORDS.exec(rest);
  if (caps) {
    status ??= statusOfPhrase(caps[0]);
    rest = `${rest.slice(0, caps.index)} ${rest.slice(caps.index + caps[0].length)}`;
  }
  // `(Started March 2025, 99% complete as of Aug 2025)`: a progress figure inside a longer note.
  status ??= emojiStatus ?? statusOfProgress(rest);
  return { status, text: cleanTitle(rest), note };
}
