import type { Locale } from 'date-fns';
import type { Comparator } from '../model/types.js';

/** How each comparator reads in front of a target: `< 100 ms`, `≥ 10,000`. */
export const COMPARATOR_SYMBOLS: Record<Comparator, string> = { lt: '<', lte: '≤', gt: '>', gte: '≥', eq: '=' };

/** How a number is written for its size: as is, in millions and up (`1.5M`), or in powers of ten. */
type Notation = 'standard' | 'compact' | 'scientific';

// Fifteen significant digits is all a double holds reliably: `99.999` stays `99.999` while float
// dust (`0.1 + 0.2`) disappears.
const SIGNIFICANT_DIGITS = 15;
// Millions and up read better compact, as authors write them (`1.5M`, `2B`); past the largest
// compact unit (trillions) and below a millionth, powers of ten keep a label short (`1E308`).
const COMPACT_FROM = 1e6;
const SCIENTIFIC_FROM = 1e15;
const SCIENTIFIC_BELOW = 1e-6;

// A page of 500 gauges formats 1,000 numbers; an Intl.NumberFormat costs far more to build than to use.
const formatters = new Map<string, Intl.NumberFormat>();

function notationOf(value: number): Notation {
  const size = Math.abs(value);
  if (size >= SCIENTIFIC_FROM || (size > 0 && size < SCIENTIFIC_BELOW)) return 'scientific';
  return size >= COMPACT_FROM ? 'compact' : 'standard';
}

function numberFormat(code: string, percent: boolean, notation: Notation): Intl.NumberFormat {
  const key = `${code}|${percent}|${notation}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(code, { style: percent ? 'percent' : 'decimal', notation, maximumSignificantDigits: SIGNIFICANT_DIGITS });
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * A metric value as a reader of `locale` expects it, with its unit and optionally its comparator,
 * keeping the precision it was written with: `10,000` (en-US) / `10.000` (de), `99.999%` /
 * `99,999 %` (the locale decides the spacing), `87 ms`, `14.5 MB`, `1.5M`, `3x`, `1E308`; counts
 * have no unit.
 * @example formatMetricValue(100, 'ms', enUS, 'lt') // '< 100 ms'
 */
export function formatMetricValue(value: number, unit: string | undefined, locale?: Locale, comparator?: Comparator): string {
  // Only the locale's code is read: no default date-fns locale object (and its formatters) is bundled.
  const code = locale?.code ?? 'en-US';
  const notation = notationOf(value);
  let text: string;
  if (unit === '%') text = numberFormat(code, true, notation).format(value / 100);
  else if (unit === 'x') text = `${numberFormat(code, false, notation).format(value)}x`;
  else if (unit) text = `${numberFormat(code, false, notation).format(value)} ${unit}`;
  else text = numberFormat(code, false, notation).format(value);
  return comparator ? `${COMPARATOR_SYMBOLS[comparator]} ${text}` : text;
}
