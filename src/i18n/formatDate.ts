import type { Day, FormatPart, Locale, LocaleWidth, Localize, Month, Quarter } from 'date-fns';

/** The part of a date-fns `Locale` that formats dates (what date-fns `format` reads); any `Locale` fits. */
export type DateLocale = Pick<Locale, 'code' | 'localize' | 'formatLong' | 'options'>;

// date-fns' own tokenizer (`format.js`), its ordinals narrowed to the tokens below: an ordinal such
// as `do`, a run of one letter, `''` (a quote), a quoted literal (to the end if never closed), any
// other character. Tokenizing the same way keeps `EEEE d` and `d'.'` split exactly as date-fns does.
const TOKENS = /[yMLQqd]o|(\w)\1*|''|'(''|[^'])+('|$)|./g;
// `P`…`PPPP` stand for the locale's own date patterns; quoted text is skipped, as date-fns does.
const LONG_DATES = /P+|''|'(''|[^'])+('|$)/g;
const LONG_DATE_WIDTHS = ['short', 'medium', 'long'] as const;
const LATIN_LETTER = /[a-zA-Z]/;

function pad(value: number, length: number): string {
  return String(value).padStart(length, '0');
}

/** A quoted literal without its quotes, `''` inside it read as one quote. */
function unquote(literal: string): string {
  return literal.replace(/^'|'$/g, '').replace(/''/g, "'");
}

/** Names are abbreviated at 3 letters (`MMM`), narrow at 5, and wide at 4 or any other length. */
function nameWidth(length: number): LocaleWidth {
  return length === 3 ? 'abbreviated' : length === 5 ? 'narrow' : 'wide';
}

/**
 * One token as date-fns' formatters write it, or `undefined` for a token not supported here
 * (times, eras, weeks, numeric week days…): no pattern of this library needs them.
 */
function formatToken(date: Date, token: string, localize: Localize): string | undefined {
  const letter = token[0];
  const length = token.length;
  const isOrdinal = token[1] === 'o';
  const context = letter === 'L' || letter === 'q' || letter === 'c' ? 'standalone' : 'formatting';
  switch (letter) {
    case 'y': {
      // Year 0 is 1 BC: `y` writes the year of its era, as date-fns does.
      const signedYear = date.getFullYear();
      const year = signedYear > 0 ? signedYear : 1 - signedYear;
      if (isOrdinal) return localize.ordinalNumber(year, { unit: 'year' });
      return token === 'yy' ? pad(year % 100, 2) : pad(year, length);
    }
    case 'M':
    case 'L': {
      const month = date.getMonth() as Month;
      if (isOrdinal) return localize.ordinalNumber(month + 1, { unit: 'month' });
      return length < 3 ? pad(month + 1, length) : localize.month(month, { width: nameWidth(length), context });
    }
    case 'Q':
    case 'q': {
      const quarter = (Math.floor(date.getMonth() / 3) + 1) as Quarter;
      if (isOrdinal) return localize.ordinalNumber(quarter, { unit: 'quarter' });
      return length < 3 ? pad(quarter, length) : localize.quarter(quarter, { width: nameWidth(length), context });
    }
    case 'd':
      return isOrdinal ? localize.ordinalNumber(date.getDate(), { unit: 'date' }) : pad(date.getDate(), length);
    case 'E':
    case 'e':
    case 'c': {
      // `E`…`EEE` all abbreviate; `e`/`ee` and `c`/`cc` are week-day numbers, not names.
      if (length < 3 && letter !== 'E') return undefined;
      const width = length <= 3 ? 'abbreviated' : length === 6 ? 'short' : nameWidth(length);
      return localize.day(date.getDay() as Day, { width, context });
    }
    default:
      return undefined;
  }
}

/** The locale's full date in the browser's own words: for a locale pattern with a token not supported here. */
function formatFullDateWithIntl(date: Date, code: string): string {
  try {
    return new Intl.DateTimeFormat(code, { dateStyle: 'full' }).format(date);
  } catch {
    // A code Intl does not accept (a hand-made locale): the runtime's default language.
    return new Intl.DateTimeFormat(undefined, { dateStyle: 'full' }).format(date);
  }
}

/**
 * `date` written with a date-fns pattern, exactly as date-fns `format` writes it, for the tokens
 * the labels use: years, months (`M` in a date, `L` standing alone), quarters, days of the month
 * and their ordinals, week-day names, quoted text and `P`…`PPPP` (the locale's own date patterns).
 * date-fns' `format` carries every token's formatter, ~3 KiB gzipped in every host bundle.
 * A pattern with any other token (only a locale's own date pattern could bring one) falls back to
 * the full date from `Intl.DateTimeFormat` rather than throwing.
 * @example formatDate(new Date(2026, 0, 9), 'd MMM yyyy', enUS) // '9 Jan 2026'
 */
export function formatDate(date: Date, pattern: string, locale: DateLocale): string {
  // As date-fns `format` does: an invalid date has no day to write.
  if (Number.isNaN(date.getTime())) throw new RangeError('Invalid time value');
  const expanded = pattern.replace(LONG_DATES, (part) =>
    part[0] === 'P' ? locale.formatLong.date({ width: LONG_DATE_WIDTHS[part.length - 1] ?? 'full' }) : part,
  );
  let parts = (expanded.match(TOKENS) ?? []).map(
    (part): FormatPart =>
      part[0] === "'" ? { isToken: false, value: part === "''" ? "'" : unquote(part) } : { isToken: LATIN_LETTER.test(part[0]!), value: part },
  );
  // French turns `do` into `d` next to a month name after the 1st (`1er août`, `2 août`).
  parts = locale.localize.preprocessor?.(date, parts) ?? parts;
  let text = '';
  for (const part of parts) {
    const value = part.isToken ? formatToken(date, part.value, locale.localize) : part.value;
    if (value === undefined) return formatFullDateWithIntl(date, locale.code);
    text += value;
  }
  return text;
}
