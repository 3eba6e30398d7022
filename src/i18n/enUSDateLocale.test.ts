import type { FormatLongWidth, LocaleWidth } from 'date-fns';
import { format } from 'date-fns';
import { enUS } from 'date-fns/locale/en-US';
import { enUSDateLocale } from './enUSDateLocale.js';
import { formatDate } from './formatDate.js';

const WIDTHS: (LocaleWidth | undefined)[] = ['narrow', 'short', 'abbreviated', 'wide', 'any', undefined];
const CONTEXTS = ['formatting', 'standalone', undefined] as const;
const LONG_WIDTHS: (FormatLongWidth | undefined)[] = ['full', 'long', 'medium', 'short', 'any', undefined];

/** Every value × width × context of one localize function, ours beside en-US's. */
function bothLocalize<Value>(values: Value[], name: 'era' | 'quarter' | 'month' | 'day' | 'dayPeriod') {
  const ours: string[] = [];
  const theirs: string[] = [];
  for (const value of values) {
    for (const width of WIDTHS) {
      for (const context of CONTEXTS) {
        const options = { width, context };
        ours.push((enUSDateLocale.localize[name] as (value: Value, options: object) => string)(value, options));
        theirs.push((enUS.localize[name] as (value: Value, options: object) => string)(value, options));
      }
    }
  }
  return { ours, theirs };
}

function day(year: number, month: number, date: number, hours = 0): Date {
  const value = new Date(2000, month - 1, date, hours);
  value.setFullYear(year, month - 1, date);
  return value;
}

// Days 1–31 and every week day (January 2026), every month, a leap day, short and long years, and
// hours for the day periods.
const DATES = [
  ...Array.from({ length: 31 }, (_, index) => day(2026, 1, index + 1, index % 24)),
  ...Array.from({ length: 12 }, (_, index) => day(2025, index + 1, 28, 12)),
  day(2024, 2, 29),
  day(999, 7, 3),
  day(10000, 11, 22),
];

describe('enUSDateLocale', () => {
  it('is en-US by code and week options', () => {
    expect(enUSDateLocale.code).toBe(enUS.code);
    expect(enUSDateLocale.options).toEqual(enUS.options);
  });

  it('names eras, quarters, months, week days and day periods as en-US does, in every width and context', () => {
    for (const [name, values] of [
      ['era', [0, 1]],
      ['quarter', [1, 2, 3, 4]],
      ['month', [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]],
      ['day', [0, 1, 2, 3, 4, 5, 6]],
      ['dayPeriod', ['am', 'pm', 'midnight', 'noon', 'morning', 'afternoon', 'evening', 'night']],
    ] as const) {
      const { ours, theirs } = bothLocalize<unknown>([...values], name);
      expect(ours, name).toEqual(theirs);
    }
  });

  it('writes ordinals as en-US does', () => {
    const numbers = [...Array.from({ length: 250 }, (_, index) => index), 1011, 1021, 10000, -1, -21];
    expect(numbers.map((value) => enUSDateLocale.localize.ordinalNumber(value))).toEqual(numbers.map((value) => enUS.localize.ordinalNumber(value)));
    expect(numbers.slice(0, 5).map((value) => enUSDateLocale.localize.ordinalNumber(value))).toEqual(['0th', '1st', '2nd', '3rd', '4th']);
  });

  it('has en-US long date, time and date-time patterns for every width', () => {
    for (const kind of ['date', 'time', 'dateTime'] as const) {
      expect(LONG_WIDTHS.map((width) => enUSDateLocale.formatLong[kind]({ width }))).toEqual(LONG_WIDTHS.map((width) => enUS.formatLong[kind]({ width })));
    }
    expect(enUSDateLocale.formatLong.date({})).toBe('EEEE, MMMM do, y');
  });

  it('makes formatDate write every label pattern as date-fns writes it with enUS', () => {
    const patterns = ['d MMM yyyy', 'd MMMM yyyy', 'LLL yyyy', 'LLLL yyyy', 'MMMM yyyy', 'MMMM', 'QQQ yyyy', 'yyyy', 'EEE', 'EEEE', 'PPPP', 'P PP PPP', 'do Mo Qo yo'];
    const ours = DATES.flatMap((date) => patterns.map((pattern) => formatDate(date, pattern, enUSDateLocale)));
    expect(ours).toEqual(DATES.flatMap((date) => patterns.map((pattern) => format(date, pattern, { locale: enUS }))));
    expect(formatDate(day(2025, 12, 16), 'PPPP', enUSDateLocale)).toBe('Tuesday, December 16th, 2025');
  });

  it('works as a locale for date-fns format itself, times and eras included (a label override may pass it on)', () => {
    const patterns = ['PPPPpppp', 'Pp', 'h:mm a aaaa aaaaa b bbbb bbbbb B BBBB BBBBB', 'G GGGG GGGGG', 'EEEEEE cccccc LLLLL QQQQ qqqqq'];
    const ours = DATES.flatMap((date) => patterns.map((pattern) => format(date, pattern, { locale: enUSDateLocale })));
    expect(ours).toEqual(DATES.flatMap((date) => patterns.map((pattern) => format(date, pattern, { locale: enUS }))));
  });
});
