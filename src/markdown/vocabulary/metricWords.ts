/**
 * How targets are written past the English forms: unit words per language (`< 48 小时`,
 * `< 7 Tage`), words for zero (`零内存泄漏`, `Keine Abstürze`) and comparator words
 * (`mindestens 3`, `至少 3`). English units and comparators are patterns in `metrics.ts`.
 */

/** Unit words and the canonical unit each stands for. */
export const UNIT_WORDS: Readonly<Record<string, string>> = {
  毫秒: 'ms', 秒: 's', 秒钟: 's', 分钟: 'min', 分鐘: 'min', 小时: 'h', 小時: 'h', 天: 'd', 日: 'd', 時間: 'h', 分: 'min',
  millisekunden: 'ms', sekunden: 's', minuten: 'min', stunden: 'h', std: 'h', tage: 'd', tagen: 'd',
  millisecondes: 'ms', secondes: 's', heures: 'h', jours: 'd',
  milisegundos: 'ms', segundos: 's', minutos: 'min', horas: 'h', días: 'd', dias: 'd',
  миллисекунд: 'ms', секунд: 's', секунды: 's', минут: 'min', минуты: 'min', часов: 'h', часа: 'h', час: 'h', дней: 'd', дня: 'd', день: 'd',
};

/** Words that make a target of zero (`Zero critical vulnerabilities` is at most 0). */
export const ZERO_WORDS = ['zero', 'no', 'null', 'kein', 'keine', 'keinen', 'aucun', 'aucune', 'cero', 'ningún', 'ninguna', 'nenhum', 'nenhuma', 'ноль', 'нет', 'без', '零', '无', '無', 'ゼロ'];

/** Comparator words in other languages, with the comparator each means. */
export const COMPARATOR_WORDS: Readonly<Record<string, 'lt' | 'lte' | 'gt' | 'gte'>> = {
  mindestens: 'gte', höchstens: 'lte', unter: 'lt', über: 'gt', 'au moins': 'gte', 'au plus': 'lte', 'moins de': 'lt', 'plus de': 'gt',
  'al menos': 'gte', 'como mínimo': 'gte', 'menos de': 'lt', 'más de': 'gt', 'pelo menos': 'gte', 'no mínimo': 'gte', 'mais de': 'gt',
  'не менее': 'gte', 'не более': 'lte', 'менее': 'lt', 'более': 'gt', 至少: 'gte', 不少于: 'gte', 不超过: 'lte', 少于: 'lt', 低于: 'lt', 超过: 'gt', 高于: 'gt', 以上: 'gte', 以下: 'lte',
};

/** Section names that hold success metrics or criteria (`## Success metrics`, `## 关键绩效指标`, `## Erfolgskriterien`). */
export const METRIC_SECTION_NAMES = [
  'success metric', 'success metrics', 'success criteria', 'success measure', 'success measures', 'success indicators', 'exit criteria', 'acceptance criteria',
  'kpi', 'kpis', 'key indicators', 'key performance indicators', 'key results', 'key metrics', 'key performance metrics', 'metrics', 'targets', 'okr', 'okrs', 'definition of done', 'criteria',
  'erfolgskriterien', 'erfolgskennzahlen', 'kennzahlen', 'abnahmekriterien', 'métriques', 'indicateurs', 'critères de succès', 'critères de réussite',
  'métricas', 'indicadores', 'criterios de éxito', 'critérios de sucesso', 'metriche', 'метрики', 'критерии успеха', 'показатели',
  '关键绩效指标', '成功指标', '成功标准', '验收标准', '指标', '成功指標', '評価指標', '成功基準', '完了条件',
];
