/**
 * Words that say what they introduce is finished: `Here are our previous releases:` before a
 * table, `Completed releases`, `Historical`. Rows and phases gathered under them are done.
 */
export const PAST_WORDS = [
  'previous', 'past', 'completed', 'released', 'shipped', 'historical', 'history', 'earlier', 'older', 'former', 'finished', 'done', 'delivered', 'archived',
  'vergangene', 'bisherige', 'abgeschlossene', 'frühere', 'veröffentlichte', 'précédentes', 'passées', 'publiées', 'terminées',
  'anteriores', 'pasadas', 'publicadas', 'completadas', 'passadas', 'lançadas', 'concluídas', 'precedenti', 'completate',
  'предыдущие', 'прошлые', 'выпущенные', 'завершённые', 'завершенные', '历史', '已发布', '以往', '过去', '已完成', '過去', 'リリース済み', '完了した',
];
