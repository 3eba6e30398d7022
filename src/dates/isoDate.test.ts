import { isValid } from 'date-fns';
import { parseIsoDate, toIsoDate } from './isoDate.js';

describe('parseIsoDate', () => {
  it('gives local midnight of the same calendar day in every zone', () => {
    const date = parseIsoDate('2024-02-29');
    expect([date.getFullYear(), date.getMonth(), date.getDate(), date.getHours(), date.getMinutes()]).toEqual([2024, 1, 29, 0, 0]);
    expect(toIsoDate(date)).toBe('2024-02-29');
  });

  it('keeps years below 100 as written', () => {
    expect(toIsoDate(parseIsoDate('0099-12-31'))).toBe('0099-12-31');
  });

  it('gives an invalid date for text that is not a real YYYY-MM-DD day', () => {
    expect(['2026-02-30', '2026-2-3', 'soon', ''].map((text) => isValid(parseIsoDate(text)))).toEqual([false, false, false, false]);
  });
});
