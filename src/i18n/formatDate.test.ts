import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locale } from 'date-fns';
import { format } from 'date-fns';
import * as locales from 'date-fns/locale';
import { enUS } from 'date-fns/locale/en-US';
import { formatDate } from './formatDate.js';

// Every pattern the library formats with, and `PPPP` (each locale's own full date, the calendar's day label).
const LIBRARY_PATTERNS = ['d MMM yyyy', 'd MMMM yyyy', 'LLL yyyy', 'LLLL yyyy', 'MMMM yyyy', 'MMMM', 'QQQ yyyy', 'yyyy', 'yyyy-MM-dd', 'EEE', 'EEEE', 'PPPP'];
// The rest of what `formatDate` claims to write like date-fns: every width, ordinals, quotes.
const OTHER_PATTERNS = ['do MMMM', 'do MMM y', "d MMM 'at' yy", "yo yyy yyyyy ''", "'it''s' Mo Lo Qo qo", 'M MM MMMMM L LL LLLLL MMMMMM', 'Q QQ QQQQ QQQQQ q qq qqq qqqq qqqqq', 'ddd'];
const DAY_NAME_PATTERNS = ['E EE EEEEE EEEEEE EEEEEEE', 'eee eeee eeeee eeeeee ccc cccc ccccc cccccc', 'P PP PPP', "'unclosed"];

function day(year: number, month: number, date: number): Date {
  const value = new Date(2000, month - 1, date);
  value.setFullYear(year, month - 1, date);
  return value;
}

// Every day of January 2026 (days 1–31, every ordinal and week day), the 1st and 28th of every
// month, a leap day, and years with fewer or more than four digits.
const DATES = [
  ...Array.from({ length: 31 }, (_, index) => day(2026, 1, index + 1)),
  ...Array.from({ length: 12 }, (_, index) => [day(2026, index + 1, 1), day(2025, index + 1, 28)]).flat(),
  day(2024, 2, 29),
  day(999, 7, 3),
  day(99, 12, 31),
  day(10000, 11, 22),
];

/** Where `formatDate` and date-fns `format` disagree, as `locale pattern date: ours ≠ theirs`. */
function differences(patterns: string[]): string[] {
  const found: string[] = [];
  for (const [name, locale] of Object.entries(locales) as [string, Locale][]) {
    for (const pattern of patterns) {
      for (const date of DATES) {
        const ours = formatDate(date, pattern, locale);
        const theirs = format(date, pattern, { locale });
        if (ours !== theirs) found.push(`${name} ${pattern} ${date.toDateString()}: ${ours} ≠ ${theirs}`);
      }
    }
  }
  return found;
}

describe('formatDate', () => {
  it('covers every date-fns locale', () => {
    expect(Object.keys(locales).length).toBeGreaterThanOrEqual(95);
  });

  it('writes every pattern of the library exactly as date-fns does, in every locale', () => {
    expect(differences(LIBRARY_PATTERNS)).toEqual([]);
  });

  it('writes every width, ordinal and quoted literal it supports exactly as date-fns does', () => {
    expect(differences([...OTHER_PATTERNS, ...DAY_NAME_PATTERNS])).toEqual([]);
  });

  it('is checked against every pattern the library passes it', () => {
    const src = resolve(__dirname, '..');
    const sources = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file));
    const used = sources.flatMap((file) => [...readFileSync(resolve(src, file), 'utf8').matchAll(/formatDate\([^,]+, '([^']+)'/g)].map((match) => match[1]));
    expect(used.length).toBeGreaterThan(10);
    expect([...new Set(used)].filter((pattern) => !LIBRARY_PATTERNS.includes(pattern!))).toEqual([]);
  });

  it('writes French ordinals the way the locale asks (1er août, 2 août)', () => {
    const fr = locales.fr as Locale;
    expect(formatDate(day(2026, 8, 1), 'do MMMM', fr)).toBe('1er août');
    expect(formatDate(day(2026, 8, 2), 'do MMMM', fr)).toBe('2 août');
  });

  it('falls back to the full date from Intl when a locale pattern has a token it does not write', () => {
    const date = day(2026, 3, 9);
    const withTime: Locale = { ...enUS, formatLong: { ...enUS.formatLong, date: () => "EEEE, MMMM do, y 'at' h a" } };
    expect(formatDate(date, 'PPPP', withTime)).toBe(new Intl.DateTimeFormat('en-US', { dateStyle: 'full' }).format(date));
    expect(formatDate(date, 'PPPP', withTime)).toBe('Monday, March 9, 2026');
  });

  it('falls back to the default language for a locale code Intl rejects, without throwing', () => {
    const date = day(2026, 3, 9);
    const handMade: Locale = { ...enUS, code: 'not a language!', formatLong: { ...enUS.formatLong, date: () => 'G y' } };
    expect(formatDate(date, 'PPPP', handMade)).toBe(new Intl.DateTimeFormat(undefined, { dateStyle: 'full' }).format(date));
  });

  it('rejects an invalid date as date-fns does', () => {
    expect(() => formatDate(new Date(Number.NaN), 'yyyy', enUS)).toThrow(new RangeError('Invalid time value'));
  });
});
