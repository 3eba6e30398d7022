import type { Locale } from 'date-fns';
import type { DateSpan } from '../model/types.js';
import { calendarDateLabels } from './labels/calendarDateLabels.js';
import { spanInWordsLabels } from './labels/spanInWordsLabels.js';
import { timeScaleLabels } from './labels/timeScaleLabels.js';
import { updatedLabels } from './labels/updatedLabels.js';

/**
 * The labels that format a date in a date-fns locale, for the components that show dates. Their
 * `locale` is the host's, else roadmap-kit's built-in en-US (`enUSDateLocale`): date-fns `format`
 * takes it like `enUS`, but it has no `formatDistance`, `formatRelative` or parsing, so an override
 * that hands it to those needs `locale={enUS}` passed in.
 */
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

/**
 * The default English date labels, joined from the modules in `./labels/`; `formatDate` writes the
 * dates in the given locale, as date-fns `format` would.
 */
export const dateLabels: DateLabels = { ...timeScaleLabels, ...calendarDateLabels, ...spanInWordsLabels, ...updatedLabels };
