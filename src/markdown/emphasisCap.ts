import type StateInline from 'markdown-it/lib/rules_inline/state_inline.mjs';

/**
 * How many emphasis and strikethrough marks (`*`, `_`, `~`) one block's inline content may hand to
 * markdown-it's delimiter matching; later marks are read as plain text. markdown-it keeps one
 * object per mark until the block ends, and hundreds of thousands of them make its time grow
 * faster than the input (garbage collection). A paragraph of real text holds a few dozen.
 */
export const MAX_EMPHASIS_MARKS = 4096;

/** A run of one mark longer than this is plain text: real emphasis takes at most three. */
export const MAX_EMPHASIS_RUN = 64;

const STAR = 0x2a;
const UNDERSCORE = 0x5f;
const TILDE = 0x7e;

/** Marks handed to delimiter matching so far, per block's inline state. */
const marksSeen = new WeakMap<StateInline, number>();

/**
 * An inline rule that runs before strikethrough and emphasis: a run of marks that is absurdly long,
 * or that comes after `MAX_EMPHASIS_MARKS` others in the same block, is taken as text. Nothing is
 * dropped: the characters stay in the text, where markdown-it also leaves marks it cannot pair.
 */
export function emphasisCap(state: StateInline, silent: boolean): boolean {
  // Link labels are scanned silently before they are read; the marks are counted when read.
  if (silent) return false;
  const start = state.pos;
  const marker = state.src.charCodeAt(start);
  if (marker !== STAR && marker !== UNDERSCORE && marker !== TILDE) return false;
  let end = start + 1;
  while (end < state.posMax && state.src.charCodeAt(end) === marker) end += 1;
  const run = end - start;
  // Counted whether read as marks or as text, so once the cap is reached every later mark is text.
  const seen = (marksSeen.get(state) ?? 0) + run;
  marksSeen.set(state, seen);
  if (run <= MAX_EMPHASIS_RUN && seen <= MAX_EMPHASIS_MARKS) return false;
  state.pending += state.src.slice(start, end);
  state.pos = end;
  return true;
}
