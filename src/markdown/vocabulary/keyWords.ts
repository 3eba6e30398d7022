/** What a `**Key**: value` line announces inside a roadmap. */
export type KeyKind = 'date' | 'status' | 'summary' | 'updated' | 'criteria' | 'version' | 'other';

/**
 * Date keys that also name a goal in words (`**Target**: faster builds`, `**Ziel**: Stabilität`):
 * without a date, their value is the phase's summary rather than a bad date.
 */
export const GOAL_OR_DATE_KEYS = ['target', 'ziel', 'objectif', 'objetivo', 'цель', '目标', '目標'];

/** Date keys whose date says the work is finished (`Released`, `Shipped`, `Completed`). */
export const DONE_DATE_KEYS = ['release', 'released', 'released on', 'shipped', 'completed', 'completion date', 'delivered', 'launched', 'veröffentlicht', 'abgeschlossen', 'livré', 'publicado', 'lançado', 'выпущено', '发布于', '完成于'];

/** Date keys that still carry a time as written when their value has no date (`**Timeline**: Ongoing R&D`). */
export const TIMEFRAME_KEYS = ['eta', 'timeline', 'timeframe', 'time frame', 'when', 'period', 'horizon', 'schedule', 'zeitraum', 'zeitplan', 'période', 'período', 'срок', 'сроки', '时间', '时间线', '時期', '期間'];

/**
 * Keys per kind, in any language, as compared: lower case, letters and single spaces only
 * (`**Target Date:**` → `target date`). The first kind that lists a key wins, in this order.
 */
export const KEY_WORDS: readonly (readonly [Exclude<KeyKind, 'other'>, readonly string[]])[] = [
  [
    'updated',
    [
      'updated', 'update', 'modified', 'revised', 'last updated', 'last update', 'last modified', 'last revised', 'updated on', 'last updated on', 'date updated', 'as of',
      'zuletzt aktualisiert', 'letzte aktualisierung', 'aktualisiert', 'stand',
      'dernière mise à jour', 'mis à jour', 'mise à jour',
      'última actualización', 'actualizado', 'última atualização', 'atualizado', 'ultimo aggiornamento', 'aggiornato',
      'последнее обновление', 'обновлено', '最后更新', '更新日期', '更新时间', '最終更新', '最終更新日', '更新日',
    ],
  ],
  [
    'status',
    ['status', 'state', 'phase status', 'current status', 'progress', 'stand der dinge', 'zustand', 'statut', 'état', 'estado', 'situação', 'stato', 'статус', 'состояние', '状态', '進捗', '进度', '狀態', 'ステータス', '状況', '상태'],
  ],
  [
    'criteria',
    [
      'success criteria', 'success metrics', 'success measures', 'exit criteria', 'acceptance criteria', 'metrics', 'kpi', 'kpis', 'targets', 'definition of done', 'done criteria', 'criteria', 'key results', 'goals and metrics',
      'erfolgskriterien', 'abnahmekriterien', 'kennzahlen', 'critères de succès', 'critères de réussite', 'indicateurs', 'criterios de éxito', 'métricas', 'critérios de sucesso', 'metriche',
      'критерии успеха', 'критерии выхода', 'метрики', '成功标准', '验收标准', '关键绩效指标', '指标', '成功基準', '完了条件', '指標',
    ],
  ],
  [
    'summary',
    [
      'goal', 'goals', 'focus', 'theme', 'objective', 'objectives', 'summary', 'description', 'overview', 'purpose', 'why', 'mission', 'tl dr', 'tldr',
      'ziele', 'fokus', 'thema', 'zusammenfassung', 'beschreibung', 'objectifs', 'thème', 'résumé', 'objetivos', 'enfoque', 'foco', 'tema', 'resumen', 'resumo', 'obiettivo',
      'цели', 'фокус', 'описание', '目的', '重点', '主题', '描述', '概要', 'ゴール', '狙い', '목표',
    ],
  ],
  ['version', ['version', 'current version', 'versión', 'versão', 'версия', '版本', 'バージョン']],
  [
    'date',
    [
      'eta', 'target', 'target date', 'target release', 'target quarter', 'target window', 'targeted', 'estimate', 'estimated', 'est', 'estimated date', 'estimated release', 'estimated completion',
      'release', 'released', 'release date', 'released on', 'date', 'dates', 'due', 'due date', 'deadline', 'timeline', 'timeframe', 'time frame', 'when', 'expected', 'expected date', 'expected release',
      'planned', 'planned date', 'planned for', 'planned release', 'launch', 'launch date', 'launched date', 'launched', 'ship date', 'shipped', 'completed', 'completion', 'completion date',
      'start', 'start date', 'started', 'delivered', 'delivery', 'scheduled', 'schedule', 'period', 'horizon', 'quarter', 'to be released',
      ...GOAL_OR_DATE_KEYS,
      ...DONE_DATE_KEYS,
      ...TIMEFRAME_KEYS,
      'zieltermin', 'termin', 'datum', 'fällig', 'zeitraum', 'zeitplan', 'veröffentlicht', 'geplant', 'date cible', 'échéance', 'échéancier', 'calendrier', 'période', 'prévu', 'fecha', 'fecha objetivo', 'plazo', 'período', 'data', 'prazo', 'previsão',
      'scadenza', 'срок', 'сроки', 'дата', 'период', 'релиз', '时间', '日期', '预计', '截止', '截止日期', '时间线', '发布时间', '期限', '予定', '時期', '期間', '일정', '기간',
    ],
  ],
];

/**
 * Phrases in a sentence that put a date on the phase it describes (`The following features are
 * targeted for v1.21 (September 2026).`): the first date after one of them dates the phase.
 */
export const TARGET_PHRASES = [
  'targeted for', 'targeting', 'planned for', 'scheduled for', 'expected in', 'expected by', 'due in', 'due by', 'slated for', 'aiming for', 'aimed at', 'to be released in', 'will be released in', 'will ship in',
  'geplant für', 'vorgesehen für', 'prévu pour', 'prévue pour', 'prevista para', 'previsto para', 'planeado para', 'planejado para', 'запланирован на', 'запланировано на', '计划于', '预计于', '预计在',
];
