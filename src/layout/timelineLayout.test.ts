import { orderByTime } from './timelineLayout.js';

describe('orderByTime', () => {
  it('orders dated phases by start then end, ties in document order, undated ones last', () => {
    const q2 = { start: '2026-04-01', end: '2026-06-30', precision: 'quarter' as const };
    const q1 = { start: '2026-01-01', end: '2026-03-31', precision: 'quarter' as const };
    const jan = { start: '2026-01-01', end: '2026-01-31', precision: 'month' as const };
    expect(orderByTime([{ when: q2 }, {}, { when: q1 }, { when: jan }, {}, { when: q2 }])).toEqual([3, 2, 0, 5, 1, 4]);
    expect(orderByTime([{ when: jan }, { when: q1 }, { when: q2 }])).toEqual([0, 1, 2]);
  });
});
