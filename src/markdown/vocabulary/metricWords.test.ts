import { parseMetric } from '../metrics.js';
import { classifySection } from '../classifySection.js';
import { COMPARATOR_WORDS, METRIC_SECTION_NAMES, UNIT_WORDS, ZERO_WORDS } from './metricWords.js';

describe('metric words', () => {
  it.each(Object.entries(UNIT_WORDS))('"< 48 %s" has unit %s', (word, unit) => {
    expect(parseMetric(`Response time < 48 ${word}`)).toMatchObject({ label: 'Response time', target: 48, comparator: 'lt', unit });
  });

  it.each(ZERO_WORDS)('"%s" before a noun is a target of zero', (word) => {
    expect(parseMetric(`${word} memoryleaks`)).toMatchObject({ label: 'memoryleaks', target: 0, comparator: 'lte' });
  });

  it.each(Object.entries(COMPARATOR_WORDS))('"%s 3" is %s 3', (word, comparator) => {
    expect(parseMetric(`Pilots ${word} 3`)).toMatchObject({ target: 3, comparator });
  });
});

describe('numbers that are not targets, and counts that are', () => {
  it('leaves ranges of versions and versions after a name out', () => {
    expect(['Supports Lua 5.1 - 5.4 + LuaJIT', 'Requires Python 3.12+', 'SOC 2 Type II ready'].map((text) => parseMetric(text))).toEqual([undefined, undefined, undefined]);
  });

  it('reads a count of things with a unit word as a floor', () => {
    expect(parseMetric('2 active pilots')).toEqual({ label: 'active pilots', target: 2, comparator: 'gte', text: '2 active pilots' });
  });

  it('reads a Chinese KPI line', () => {
    expect(parseMetric('测试覆盖率 > 80%')).toEqual({ label: '测试覆盖率', target: 80, comparator: 'gt', unit: '%', text: '测试覆盖率 > 80%' });
  });
});

describe('METRIC_SECTION_NAMES', () => {
  it.each(METRIC_SECTION_NAMES)('"## %s" is a metrics section', (name) => {
    expect(classifySection({ depth: 2, line: 1, text: name, blocks: [], children: [] }, 'top', '2026-03-15').kind).toEqual('metrics');
  });
});
