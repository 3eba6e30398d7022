/**
 * Writes a day of the proleptic Gregorian calendar as ISO 8601 does: the year in four digits at
 * least, astronomical numbering (year 0 is 1 BC, written `0000`; earlier years get a minus sign),
 * month and day in two. `month` counts from 1.
 * @example writeIsoDate(99, 9, 9) // '0099-09-09'
 */
export function writeIsoDate(year: number, month: number, day: number): string {
  const digits = String(Math.abs(year)).padStart(4, '0');
  return `${year < 0 ? '-' : ''}${digits}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
