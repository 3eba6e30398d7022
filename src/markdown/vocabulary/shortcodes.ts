/**
 * Emoji shortcodes as GitHub, GitLab and MkDocs render them, for the emoji that mark a status or
 * decorate a heading: `:white_check_mark:` is read as ✅.
 */
export const SHORTCODES: Readonly<Record<string, string>> = {
  white_check_mark: '✅',
  heavy_check_mark: '✔️',
  ballot_box_with_check: '☑️',
  check: '✔️',
  construction: '🚧',
  hourglass: '⌛',
  hourglass_flowing_sand: '⏳',
  calendar: '📅',
  date: '📅',
  crystal_ball: '🔮',
  soon: '🔜',
  x: '❌',
  no_entry: '⛔',
  no_entry_sign: '🚫',
  pause_button: '⏸️',
  zzz: '💤',
  rocket: '🚀',
  sparkles: '✨',
  tada: '🎉',
  dart: '🎯',
  bar_chart: '📊',
  memo: '📝',
  bulb: '💡',
  warning: '⚠️',
  fire: '🔥',
};
