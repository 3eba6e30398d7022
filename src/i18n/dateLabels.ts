import type { Locale } from 'date-fns';
import { format } from 'date-fns';
import type { DateSpan } from '../model/types.js';
import { formatSpanInWords } from './formatSpanInWords.js';

/** The labels that format a date with date-fns, for the components that show dates. */
export interface DateLabels {
  /** Month caption of a calendar: `December 2025`. */
  monthCaption: (month: Date, locale: Locale) => string;
  /** Month tick of a time axis: `Jan 2026`. */
  monthTick: (month: Date, locale: Locale) => string;
  /** Quarter tick of a time axis: `Q1 2026`. */
  quarterTick: (quarterStart: Date, locale: Locale) => string;
  /** Year tick of a time axis: `2026`. */
  yearTick: (yearStart: Date, locale: Locale) => string;
  /** A day's full name for screen readers: `Tuesday, December 16th, 2025`. */
  calendarDay: (day: Date, locale: Locale) => string;
  /** A weekday column header as shown: `Mon`. */
  weekdayShort: (day: Date, locale: Locale) => string;
  /** A weekday column header in full, for screen readers: `Monday`. */
  weekdayLong: (day: Date, locale: Locale) => string;
  /** When the roadmap was last updated: `Updated 1 Mar 2026`. */
  updated: (date: Date, locale: Locale) => string;
  /** A span as a screen reader should hear it: `January to March 2026` for `Q1 2026`. */
  spanInWords: (span: DateSpan, locale: Locale) => string;
}

/** The default English date labels; date-fns formats in the given locale. */
export const dateLabels: DateLabels = {
  monthCaption: (month, locale) => format(month, 'LLLL yyyy', { locale }),
  monthTick: (month, locale) => format(month, 'LLL yyyy', { locale }),
  quarterTick: (quarterStart, locale) => format(quarterStart, 'QQQ yyyy', { locale }),
  yearTick: (yearStart, locale) => format(yearStart, 'yyyy', { locale }),
  calendarDay: (day, locale) => format(day, 'PPPP', { locale }),
  weekdayShort: (day, locale) => format(day, 'EEE', { locale }),
  weekdayLong: (day, locale) => format(day, 'EEEE', { locale }),
  updated: (date, locale) => `Updated ${format(date, 'd MMM yyyy', { locale })}`,
  spanInWords: (span, locale) => formatSpanInWords(span, locale),
};
