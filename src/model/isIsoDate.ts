// Whether a string is a real calendar day, YYYY-MM-DD. In the model layer: validation checks every
// date with it, and the model imports nothing above it.
/**
 * Whether `value` is a real calendar date written `YYYY-MM-DD` (`2026-02-30` is not), from
 * 0001-01-01 to 9999-12-31: the range in which ISO dates compare as strings.
 * @example isIsoDate('2024-02-29') // true
 */
export function isIsoDate(value: unknown): value is string {
  // Read by character codes, no RegExp and no substrings: validation checks every date of a
  // 50,000-phase roadmap. `YYYY-MM-DD` exactly: ten characters, ASCII digits, two hyphens.
  if (typeof value !== 'string' || value.length !== 10) return false;
  if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  const year = digitsAt(value, 0, 4);
  const month = digitsAt(value, 5, 2);
  const day = digitsAt(value, 8, 2);
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** The number written by `count` ASCII digits from `start`, or -1 when one of them is not a digit. */
function digitsAt(text: string, start: number, count: number): number {
  let number = 0;
  for (let index = start; index < start + count; index += 1) {
    const digit = text.charCodeAt(index) - 48;
    if (digit < 0 || digit > 9) return -1;
    number = number * 10 + digit;
  }
  return number;
}

/** Days in a month of the proleptic Gregorian calendar (`month` 1–12). */
function daysInMonth(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}
