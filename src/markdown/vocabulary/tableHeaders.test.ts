import { findColumns } from '../tables.js';
import {
  CURRENT_HEADERS,
  DATE_HEADERS,
  DETAIL_HEADERS,
  LEGEND_HEADERS,
  METRIC_HEADERS,
  PHASE_STEP_HEADERS,
  PHASE_TIME_HEADERS,
  PHASE_VERSION_HEADERS,
  STATUS_HEADERS,
  TAG_HEADERS,
  TARGET_HEADERS,
  TITLE_HEADERS,
  WHEN_HEADERS,
} from './tableHeaders.js';

describe('table header words', () => {
  it.each(PHASE_VERSION_HEADERS)('"%s" is a release column that outranks a quarter', (word) => {
    expect(findColumns(['quarter', word])).toMatchObject({ phase: 1, date: 0, hasVersions: true, listsReleases: true });
  });

  it.each(PHASE_STEP_HEADERS.filter((word) => !TITLE_HEADERS.includes(word)))('"%s" is a step column', (word) => {
    expect(findColumns([word, 'eta'])).toMatchObject({ phase: 0, date: 1, hasVersions: false, listsReleases: true });
  });

  it.each(PHASE_TIME_HEADERS)('"%s" is a time column that makes phases when nothing else does', (word) => {
    expect(findColumns([word, 'feature'])).toMatchObject({ phase: 0, title: 1, listsReleases: false });
  });

  it.each(STATUS_HEADERS)('"%s" is a status column', (word) => {
    expect(findColumns(['feature', word]).status).toEqual(1);
  });

  it.each(METRIC_HEADERS)('"%s" with a target column is a metric table', (word) => {
    expect(findColumns([word, 'target'])).toMatchObject({ metric: 0, target: 1 });
  });

  it.each(TITLE_HEADERS.filter((word) => !PHASE_STEP_HEADERS.includes(word)))('"%s" is a title column', (word) => {
    expect(findColumns(['version', word]).title).toEqual(1);
  });

  it.each(DETAIL_HEADERS)('"%s" is a detail column', (word) => {
    expect(findColumns(['feature', word]).detail).toEqual(1);
  });

  it.each([...DATE_HEADERS, ...WHEN_HEADERS.filter((word) => !PHASE_TIME_HEADERS.includes(word))])('"%s" is a date column', (word) => {
    expect(findColumns(['version', word]).date).toEqual(1);
  });

  it.each(TARGET_HEADERS)('"%s" is a target column', (word) => {
    expect(findColumns(['metric', word]).target).toEqual(1);
  });

  it.each(CURRENT_HEADERS)('"%s" is a current-value column', (word) => {
    expect(findColumns(['metric', 'target', word]).current).toEqual(2);
  });

  it.each(TAG_HEADERS)('"%s" is a tag column', (word) => {
    expect(findColumns(['feature', word]).tags).toEqual([1]);
  });

  it.each(LEGEND_HEADERS)('"%s" makes a legend table', (word) => {
    expect(findColumns([word, 'status']).isLegend).toEqual(true);
  });
});
