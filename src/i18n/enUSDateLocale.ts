import type { FormatLongFn, FormatLongWidth, Locale, Localize } from 'date-fns';
import type { DateLocale } from './formatDate.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** `1st`, `2nd`, `3rd`, `4th`, `11th`, `21st`: en-US ordinals, for every unit. */
function ordinalNumber(value: number): string {
  const rem100 = value % 100;
  const suffix = rem100 >= 10 && rem100 <= 20 ? 'th' : (['th', 'st', 'nd', 'rd'][rem100 % 10] ?? 'th');
  return value + suffix;
}

/** A date-fns `formatLong` function: the pattern of a width, `full` for any other. */
function longPatterns(patterns: Record<Exclude<FormatLongWidth, 'any'>, string>): FormatLongFn {
  return ({ width } = {}) => patterns[width as keyof typeof patterns] ?? patterns.full;
}

// en-US's abbreviated and narrow names are the first letters of the wide ones: `Jan`, `J`, `Tu`, `T`.
const localize: Localize = {
  ordinalNumber,
  era: (era, options) => {
    const width = options?.width;
    return (width === 'narrow' ? ['B', 'A'] : width === 'abbreviated' ? ['BC', 'AD'] : ['Before Christ', 'Anno Domini'])[era]!;
  },
  quarter: (quarter, options) => {
    const width = options?.width;
    return width === 'narrow' ? String(quarter) : width === 'abbreviated' ? `Q${quarter}` : `${ordinalNumber(quarter)} quarter`;
  },
  month: (month, options) => {
    const width = options?.width;
    return MONTHS[month]!.slice(0, width === 'narrow' ? 1 : width === 'abbreviated' ? 3 : undefined);
  },
  day: (day, options) => {
    const width = options?.width;
    return DAYS[day]!.slice(0, width === 'narrow' ? 1 : width === 'short' ? 2 : width === 'abbreviated' ? 3 : undefined);
  },
  dayPeriod: (period, options) => {
    const width = options?.width;
    if (period === 'am' || period === 'pm') return width === 'narrow' ? period[0]! : width === 'abbreviated' ? period.toUpperCase() : `${period[0]}.m.`;
    if (period === 'midnight' || period === 'noon') return width === 'narrow' ? (period === 'noon' ? 'n' : 'mi') : period;
    // Standing alone `morning`; inside a date `in the morning`, `at night`.
    if (options?.context !== 'formatting') return period;
    return period === 'night' ? 'at night' : `in the ${period}`;
  },
};

const enUSFormatting: DateLocale = {
  code: 'en-US',
  localize,
  formatLong: {
    date: longPatterns({ full: 'EEEE, MMMM do, y', long: 'MMMM do, y', medium: 'MMM d, y', short: 'MM/dd/yyyy' }),
    time: longPatterns({ full: 'h:mm:ss a zzzz', long: 'h:mm:ss a z', medium: 'h:mm:ss a', short: 'h:mm a' }),
    dateTime: longPatterns({ full: "{{date}} 'at' {{time}}", long: "{{date}} 'at' {{time}}", medium: '{{date}}, {{time}}', short: '{{date}}, {{time}}' }),
  },
  options: { weekStartsOn: 0, firstWeekContainsDate: 1 },
};

/**
 * The default locale of the components and date helpers: date-fns' en-US as `format` reads it
 * (`code`, `localize`, `formatLong`, `options`, each writing exactly what en-US writes) without
 * its parsing (`match`), `formatDistance` and `formatRelative`, which roadmap-kit never calls:
 * ~1.3 KiB gzipped less in every bundle that formats a date. Typed `Locale` as the default of
 * `locale: Locale` options and label arguments; date-fns `format` takes it like `enUS`, but a label
 * override that hands it to `formatDistance`, `formatRelative` or `parse` needs the host to pass
 * `locale={enUS}`.
 */
export const enUSDateLocale = enUSFormatting as Locale;
