import type { Locale } from 'date-fns';
import type { Comparator } from '../model/types.js';

/** How each comparator reads in front of a target: `< 100 ms`, `≥ 10,000`. */
export const COMPARATOR_SYMBOLS: Record<Comparator, string> = { lt: '<', lte: '≤', gt: '>', gte: '≥', eq: '=' };

// A page of 500 gauges formats 1,000 numbers; an Intl.NumberFormat costs far more to build than to use.
const formatters = new Map<string, Intl.NumberFormat>();

function numberFormat(code: string, percent: boolean): Intl.NumberFormat {
  const key = `${code}|${percent}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(code, percent ? { style: 'percent', maximumFractionDigits: 2 } : { maximumFractionDigits: 2 });
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * A metric value as a reader of `locale` expects it, with its unit and optionally its comparator:
 * `10,000` (en-US) / `10.000` (de), `99.9%` / `99,9 %` (the locale decides the spacing),
 * `87 ms`, `14.5 MB`, `100,000 req/s`, `3x`; counts have no unit.
 * @example formatMetricValue(100, 'ms', enUS, 'lt') // '< 100 ms'
 */
export function formatMetricValue(value: number, unit: string | undefined, locale?: Locale, comparator?: Comparator): string {
  // Only the locale's code is read: no default date-fns locale object (and its formatters) is bundled.
  const code = locale?.code ?? 'en-US';
  let text: string;
  if (unit === '%') text = numberFormat(code, true).format(value / 100);
  else if (unit === 'x') text = `${numberFormat(code, false).format(value)}x`;
  else if (unit) text = `${numberFormat(code, false).format(value)} ${unit}`;
  else text = numberFormat(code, false).format(value);
  return comparator ? `${COMPARATOR_SYMBOLS[comparator]} ${text}` : text;
}
