import { isPastBucket, PAST_BUCKET_WORDS } from './gathering.js';

describe('PAST_BUCKET_WORDS', () => {
  it.each(PAST_BUCKET_WORDS.map((word) => [word]))('makes "%s releases" a bucket of past releases', (word) => {
    expect(isPastBucket(`${word} releases`)).toBe(true);
  });

  it('matches whole words only in scripts written with spaces', () => {
    expect(['Completed releases', 'Historical', 'Ältere Versionen', '已发布版本'].map(isPastBucket)).toEqual([true, true, true, true]);
    expect(['Upcoming releases', 'Pastry support', 'Preview builds'].map(isPastBucket)).toEqual([false, false, false]);
  });
});
