/**
 * How release rhythms are written, per language: the words of `every 2 months`, the adverbs
 * (`monthly`, `vierteljährlich`), what a release is called in a sentence, and the words of
 * support windows (`LTS`, `maintained for 12 months`), which are not rhythms.
 */

export type CadenceUnit = 'day' | 'week' | 'month' | 'year';

/** Words that open a period: `every 2 months`, `each month`, `once a year`, `alle 4 Wochen`, `每 3 个月`. */
export const EVERY_WORDS = ['every', 'each', 'per', 'once every', 'once a', 'once per', 'jede', 'jeden', 'jedes', 'alle', 'tous les', 'toutes les', 'chaque', 'cada', 'ogni', 'каждые', 'каждый', 'каждую', 'каждое', 'раз в', '每'];

/** Counts written as words. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, eight: 8, twelve: 12, other: 2,
  zwei: 2, drei: 3, vier: 4, sechs: 6, deux: 2, trois: 3, quatre: 4, dos: 2, tres: 3, cuatro: 4, seis: 6,
  два: 2, две: 2, три: 3, четыре: 4, шесть: 6, 两: 2, 二: 2, 三: 3, 四: 4, 六: 6,
};

/** Units of a period, as a count of days, weeks, months or years (a quarter is 3 months, a sprint 2 weeks). */
export const PERIOD_UNITS: Readonly<Record<string, { count: number; unit: CadenceUnit }>> = {
  day: { count: 1, unit: 'day' }, days: { count: 1, unit: 'day' },
  week: { count: 1, unit: 'week' }, weeks: { count: 1, unit: 'week' },
  fortnight: { count: 2, unit: 'week' }, fortnights: { count: 2, unit: 'week' },
  sprint: { count: 2, unit: 'week' }, sprints: { count: 2, unit: 'week' },
  month: { count: 1, unit: 'month' }, months: { count: 1, unit: 'month' },
  quarter: { count: 3, unit: 'month' }, quarters: { count: 3, unit: 'month' },
  year: { count: 1, unit: 'year' }, years: { count: 1, unit: 'year' },
  tag: { count: 1, unit: 'day' }, tage: { count: 1, unit: 'day' }, woche: { count: 1, unit: 'week' }, wochen: { count: 1, unit: 'week' },
  monat: { count: 1, unit: 'month' }, monate: { count: 1, unit: 'month' }, quartal: { count: 3, unit: 'month' }, jahr: { count: 1, unit: 'year' }, jahre: { count: 1, unit: 'year' },
  jour: { count: 1, unit: 'day' }, jours: { count: 1, unit: 'day' }, semaine: { count: 1, unit: 'week' }, semaines: { count: 1, unit: 'week' }, mois: { count: 1, unit: 'month' },
  trimestre: { count: 3, unit: 'month' }, trimestres: { count: 3, unit: 'month' }, an: { count: 1, unit: 'year' }, ans: { count: 1, unit: 'year' }, année: { count: 1, unit: 'year' },
  día: { count: 1, unit: 'day' }, días: { count: 1, unit: 'day' }, semana: { count: 1, unit: 'week' }, semanas: { count: 1, unit: 'week' }, mes: { count: 1, unit: 'month' }, meses: { count: 1, unit: 'month' },
  año: { count: 1, unit: 'year' }, años: { count: 1, unit: 'year' }, dia: { count: 1, unit: 'day' }, dias: { count: 1, unit: 'day' }, mês: { count: 1, unit: 'month' }, ano: { count: 1, unit: 'year' }, anos: { count: 1, unit: 'year' },
  день: { count: 1, unit: 'day' }, дня: { count: 1, unit: 'day' }, дней: { count: 1, unit: 'day' }, неделю: { count: 1, unit: 'week' }, недели: { count: 1, unit: 'week' }, недель: { count: 1, unit: 'week' },
  месяц: { count: 1, unit: 'month' }, месяца: { count: 1, unit: 'month' }, месяцев: { count: 1, unit: 'month' }, квартал: { count: 3, unit: 'month' }, год: { count: 1, unit: 'year' },
  天: { count: 1, unit: 'day' }, 周: { count: 1, unit: 'week' }, 個月: { count: 1, unit: 'month' }, 个月: { count: 1, unit: 'month' }, 月: { count: 1, unit: 'month' }, 季度: { count: 3, unit: 'month' }, 年: { count: 1, unit: 'year' },
};

/** One-word rhythms: `monthly`, `bi-weekly`, `vierteljährlich`, `trimestral`, `每月`. */
export const PERIOD_ADVERBS: Readonly<Record<string, { count: number; unit: CadenceUnit }>> = {
  daily: { count: 1, unit: 'day' }, nightly: { count: 1, unit: 'day' },
  weekly: { count: 1, unit: 'week' }, biweekly: { count: 2, unit: 'week' }, 'bi-weekly': { count: 2, unit: 'week' }, fortnightly: { count: 2, unit: 'week' },
  monthly: { count: 1, unit: 'month' }, bimonthly: { count: 2, unit: 'month' }, 'bi-monthly': { count: 2, unit: 'month' },
  quarterly: { count: 3, unit: 'month' },
  semiannual: { count: 6, unit: 'month' }, semiannually: { count: 6, unit: 'month' }, 'semi-annual': { count: 6, unit: 'month' }, 'semi-annually': { count: 6, unit: 'month' },
  biannual: { count: 6, unit: 'month' }, biannually: { count: 6, unit: 'month' }, 'bi-annual': { count: 6, unit: 'month' }, 'bi-annually': { count: 6, unit: 'month' }, 'twice a year': { count: 6, unit: 'month' },
  annual: { count: 1, unit: 'year' }, annually: { count: 1, unit: 'year' }, yearly: { count: 1, unit: 'year' },
  täglich: { count: 1, unit: 'day' }, wöchentlich: { count: 1, unit: 'week' }, monatlich: { count: 1, unit: 'month' }, vierteljährlich: { count: 3, unit: 'month' }, quartalsweise: { count: 3, unit: 'month' },
  halbjährlich: { count: 6, unit: 'month' }, jährlich: { count: 1, unit: 'year' },
  hebdomadaire: { count: 1, unit: 'week' }, mensuel: { count: 1, unit: 'month' }, mensuelle: { count: 1, unit: 'month' }, trimestriel: { count: 3, unit: 'month' }, trimestrielle: { count: 3, unit: 'month' },
  semestriel: { count: 6, unit: 'month' }, annuel: { count: 1, unit: 'year' }, annuelle: { count: 1, unit: 'year' },
  semanal: { count: 1, unit: 'week' }, mensual: { count: 1, unit: 'month' }, mensal: { count: 1, unit: 'month' }, trimestral: { count: 3, unit: 'month' }, semestral: { count: 6, unit: 'month' }, anual: { count: 1, unit: 'year' },
  еженедельно: { count: 1, unit: 'week' }, ежемесячно: { count: 1, unit: 'month' }, ежеквартально: { count: 3, unit: 'month' }, ежегодно: { count: 1, unit: 'year' },
  每天: { count: 1, unit: 'day' }, 每周: { count: 1, unit: 'week' }, 每月: { count: 1, unit: 'month' }, 每季度: { count: 3, unit: 'month' }, 每半年: { count: 6, unit: 'month' }, 每年: { count: 1, unit: 'year' },
  毎週: { count: 1, unit: 'week' }, 毎月: { count: 1, unit: 'month' }, 四半期ごと: { count: 3, unit: 'month' }, 毎年: { count: 1, unit: 'year' },
};

/** What a release is called in a sentence that states its rhythm (`we release a new version every 4 months`). */
export const RELEASE_NOUNS = ['release', 'releases', 'released', 'releasing', 'version', 'versions', 'ship', 'ships', 'shipping', 'veröffentlichung', 'veröffentlichungen', 'versionen', 'publication', 'versión', 'versiones', 'lanzamiento', 'versão', 'versões', 'lançamento', 'релиз', 'релизы', 'версия', 'версии', '发布', '发版', '版本', 'リリース'];

/** Words of support windows and process rules: a sentence with one of these is not a release rhythm. */
export const SUPPORT_WINDOW_WORDS = ['lts', 'support', 'supported', 'maintained', 'maintenance', 'end-of-life', 'eol', 'backport', 'backports', 'backported', 'review', 'reviews', 'notice', 'security audit'];

/** Section names that hold release rules (`## Release cadence`, `## Release-Zyklus`). */
export const CADENCE_SECTION_NAMES = [
  'release schedule', 'release cadence', 'release cycle', 'release train', 'release rhythm', 'release frequency', 'release calendar', 'cadence', 'cadences',
  'release-zyklus', 'veröffentlichungsrhythmus', 'cycle de publication', 'calendrier de publication', 'ciclo de lanzamiento', 'ciclo de lançamento', 'цикл релизов', '发布周期', '发布节奏', 'リリースサイクル',
];
