import { findDate } from '../fuzzyDates.js';
import { APPROXIMATE_MARKS, MONTH_NAMES, RANGE_WORDS } from './dateWords.js';

const now = '2026-03-15';

describe('MONTH_NAMES', () => {
  const entries = MONTH_NAMES.flatMap((names, index) => names.map((name) => ({ name, month: String(index + 1).padStart(2, '0') })));

  it.each(entries)('"$name 2025" is month $month of 2025, with or without a capital', ({ name, month }) => {
    const capitalised = name.charAt(0).toUpperCase() + name.slice(1);
    expect([findDate(`${name} 2025`, { now })?.span?.start, findDate(`${capitalised} 2025`, { now })?.span?.start]).toEqual([`2025-${month}-01`, `2025-${month}-01`]);
  });
});

describe('RANGE_WORDS', () => {
  it.each(RANGE_WORDS)('"Q1 %s Q2 2026" is one range', (word) => {
    expect(findDate(`Q1 ${word} Q2 2026`, { now })?.span).toMatchObject({ start: '2026-01-01', end: '2026-06-30' });
  });
});

describe('APPROXIMATE_MARKS', () => {
  it.each(APPROXIMATE_MARKS)('"%s Q3 2025" is Q3 2025, mark included', (mark) => {
    expect(findDate(`Beta (${mark} Q3 2025)`, { now })).toEqual({
      index: 6,
      length: mark.length + 8,
      span: { start: '2025-07-01', end: '2025-09-30', precision: 'quarter', label: `${mark} Q3 2025` },
    });
  });
});

describe('date forms past the English ones', () => {
  it('reads a comma between month and day as a day, not a whole year', () => {
    expect(findDate('5.3.0 - February, 11th, 2025', { now })?.span).toEqual({ start: '2025-02-11', end: '2025-02-11', precision: 'day', label: 'February, 11th, 2025' });
  });

  it('reads a year-less start of a range in the year of its end', () => {
    expect(findDate('July ~ August 2021', { now })?.span).toEqual({ start: '2021-07-01', end: '2021-08-31', precision: 'month', label: 'July ~ August 2021' });
  });

  it('reads a German range of days', () => {
    expect(findDate('Ziel: 2026-04-28 bis 2026-04-30', { now })?.span).toEqual({ start: '2026-04-28', end: '2026-04-30', precision: 'day', label: '2026-04-28 bis 2026-04-30' });
  });

  it('reads East Asian quarters, halves, months and days', () => {
    expect(['2025 年第一季度', '2025年第3季度目标', '2026年下半年', '2025年3月', '2025年3月15日', '2025년 2분기'].map((text) => findDate(text, { now })?.span)).toEqual([
      { start: '2025-01-01', end: '2025-03-31', precision: 'quarter', label: '2025 年第一季度' },
      { start: '2025-07-01', end: '2025-09-30', precision: 'quarter', label: '2025年第3季度' },
      { start: '2026-07-01', end: '2026-12-31', precision: 'half', label: '2026年下半年' },
      { start: '2025-03-01', end: '2025-03-31', precision: 'month', label: '2025年3月' },
      { start: '2025-03-15', end: '2025-03-15', precision: 'day', label: '2025年3月15日' },
      { start: '2025-04-01', end: '2025-06-30', precision: 'quarter', label: '2025년 2분기' },
    ]);
  });

  it('reads days written the Spanish, German and French way', () => {
    expect(['15 de marzo de 2026', '3. März 2026', '1er juin 2026'].map((text) => findDate(text, { now })?.span?.start)).toEqual(['2026-03-15', '2026-03-03', '2026-06-01']);
  });

  it('reads a year-less quarter after "end of" in the year it is read against', () => {
    expect(findDate('Inference graph (ETA end of Q4)', { now: '2020-05-01' })?.span).toMatchObject({ start: '2020-10-01', end: '2020-12-31', label: 'end of Q4' });
  });

  it('leaves words that merely look like month abbreviations alone', () => {
    expect(['rolled out 2025', 'two weeks ago'].map((text) => findDate(text, { now, yearlessMonths: true })?.span?.precision)).toEqual(['year', undefined]);
  });
});
