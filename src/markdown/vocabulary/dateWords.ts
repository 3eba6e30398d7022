/**
 * How dates are written, per language: month names, the words between the two ends of a range,
 * and the marks that say a date is approximate. `fuzzyDates.ts` builds its patterns from these
 * lists, so a new language is a change here only.
 */

/**
 * Month names and abbreviations, January first, in lower case (a trailing `.` is optional when
 * written). Abbreviations that are also common words elsewhere (`out`, `set`, `ago`) are left out.
 */
export const MONTH_NAMES: readonly (readonly string[])[] = [
  ['january', 'jan', 'januar', 'jänner', 'janvier', 'janv', 'enero', 'janeiro', 'gennaio', 'januari', 'январь', 'января', 'янв', 'січень', 'січня'],
  ['february', 'feb', 'februar', 'février', 'févr', 'fév', 'febrero', 'fevereiro', 'fev', 'febbraio', 'februari', 'февраль', 'февраля', 'фев', 'лютий', 'лютого'],
  ['march', 'mar', 'märz', 'mär', 'mars', 'marzo', 'março', 'maart', 'март', 'марта', 'мар', 'березень', 'березня'],
  ['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'aprile', 'апрель', 'апреля', 'апр', 'квітень', 'квітня'],
  ['may', 'mai', 'mayo', 'maio', 'maggio', 'mei', 'май', 'мая', 'травень', 'травня'],
  ['june', 'jun', 'juni', 'juin', 'junio', 'junho', 'giugno', 'июнь', 'июня', 'июн', 'червень', 'червня'],
  ['july', 'jul', 'juli', 'juillet', 'juil', 'julio', 'julho', 'luglio', 'июль', 'июля', 'июл', 'липень', 'липня'],
  ['august', 'aug', 'août', 'agosto', 'augustus', 'август', 'августа', 'авг', 'серпень', 'серпня'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setiembre', 'setembro', 'settembre', 'сентябрь', 'сентября', 'вересень', 'вересня'],
  ['october', 'oct', 'oktober', 'okt', 'octobre', 'octubre', 'outubro', 'ottobre', 'октябрь', 'октября', 'окт', 'жовтень', 'жовтня'],
  ['november', 'nov', 'novembre', 'noviembre', 'novembro', 'ноябрь', 'ноября', 'ноя', 'листопад', 'листопада'],
  ['december', 'dec', 'dezember', 'dez', 'décembre', 'déc', 'diciembre', 'dic', 'dezembro', 'dicembre', 'декабрь', 'декабря', 'дек', 'грудень', 'грудня'],
];

/** Words between the two ends of a range: `Q1 - Q2 2026`, `July ~ August 2021`, `2026-04-28 bis 2026-04-30`. */
export const RANGE_WORDS = ['-', '–', '—', '~', '～', '→', '->', 'to', 'through', 'thru', 'until', 'till', 'bis', 'à', 'au', 'a', 'al', 'até', 'hasta', 'до', 'по', '至', '到', '～'];

/**
 * Marks before a date that say it is approximate or a point within the period: `~ May 2022`,
 * `ca. Q3 2025`, `around May 15, 2022`, `end of Q4`. They belong to the date, not to the title.
 */
export const APPROXIMATE_MARKS = [
  '~',
  '≈',
  'ca.',
  'circa',
  'approx.',
  'approx',
  'approximately',
  'around',
  'about',
  'roughly',
  'etwa',
  'ungefähr',
  'vers',
  'environ',
  'aprox.',
  'alrededor de',
  'cerca de',
  'около',
  'примерно',
  '约',
  '大约',
  '約',
  'end of',
  'beginning of',
  'start of',
  'by',
  'bis zum',
  'bis',
  'fin de',
  'finales de',
  'fim de',
  'ende',
];

/** Words naming the first or second half of a year in CJK dates: `2025年上半年`, `2025年後半`. */
export const CJK_HALVES: Readonly<Record<string, 1 | 2>> = { 上: 1, 前: 1, 下: 2, 后: 2, 後: 2 };

/** Chinese numerals one to four, for `第一季度`. */
export const CJK_NUMERALS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, '1': 1, '2': 2, '3': 3, '4': 4 };
