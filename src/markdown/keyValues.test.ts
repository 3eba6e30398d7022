import { classifyKey, isDoneDateKey, isTimeframeKey } from './keyValues.js';

describe('classifyKey', () => {
  it('knows date, status, summary, criteria and updated keys', () => {
    expect(['ETA', 'Target Date', 'Estimated', 'Released', 'Timeline', 'Status', 'Focus', 'Theme', 'Goal', 'Success Criteria', 'Exit criteria', 'Last Updated', 'Current Version', 'Target Audience'].map(classifyKey)).toEqual([
      'date',
      'date',
      'date',
      'date',
      'date',
      'status',
      'summary',
      'summary',
      'summary',
      'criteria',
      'criteria',
      'updated',
      'version',
      'other',
    ]);
  });

  it('tells which date keys mean done and which take a timeframe', () => {
    expect([isDoneDateKey('Released'), isDoneDateKey('ETA'), isTimeframeKey('Timeline'), isTimeframeKey('Target Date')]).toEqual([true, false, true, false]);
  });
});
