import { entriesPattern } from './sections.js';

/**
 * Words of a heading that gathers past releases (`Completed releases`, `Historical`, `Ältere
 * Versionen`): what it gathers is done. Lower case; matched as a whole word, and anywhere in
 * scripts written without spaces.
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

const PAST_BUCKET = entriesPattern(PAST_BUCKET_WORDS);

/** Whether a heading names a bucket of past releases. */
export function isPastBucket(text: string): boolean {
  return PAST_BUCKET.test(text);
}
