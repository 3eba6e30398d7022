/**
 * Words of a heading that gathers past releases (`Completed releases`, `Historical`, `Ältere
 * Versionen`): what it gathers is done. One entry per word stem, lower case; matched as a word in
 * Latin and Cyrillic scripts and as a substring in scripts written without spaces.
 */
export const PAST_BUCKET_WORDS: readonly string[] = [
  // English
  'completed',
  'released',
  'shipped',
  'delivered',
  'finished',
  'past',
  'previous',
  'prior',
  'earlier',
  'older',
  'historical',
  'archive',
  'archived',
  // German
  'abgeschlossen',
  'abgeschlossene',
  'veröffentlicht',
  'veröffentlichte',
  'frühere',
  'ältere',
  // French
  'terminées',
  'terminés',
  'publiées',
  'précédentes',
  'anciennes',
  // Spanish / Portuguese
  'completadas',
  'completados',
  'concluídas',
  'concluídos',
  'anteriores',
  'publicadas',
  'lançadas',
  // Russian
  'завершённые',
  'завершенные',
  'выпущенные',
  'прошлые',
  'предыдущие',
  // Chinese / Japanese
  '已完成',
  '已发布',
  '历史版本',
  '過去',
  'リリース済み',
];

const SPACELESS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** Whether a heading names a bucket of past releases. */
export function isPastBucket(text: string): boolean {
  const lower = text.toLowerCase();
  const words = new Set(lower.split(/[^\p{L}\p{N}]+/u));
  return PAST_BUCKET_WORDS.some((word) => (SPACELESS.test(word) ? lower.includes(word) : words.has(word)));
}
