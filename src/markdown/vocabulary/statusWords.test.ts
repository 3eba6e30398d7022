import type { Status } from '../../model/types.js';
import { extractStatus, statusOfEmoji, statusOfPhrase, statusOfProgress } from '../statuses.js';
import { BRACKETED_STATUS_WORDS, CHECKBOX_MARKS, STATUS_EMOJI, STATUS_WORDS } from './statusWords.js';

describe('STATUS_WORDS', () => {
  const entries = Object.entries(STATUS_WORDS).flatMap(([language, byStatus]) =>
    Object.entries(byStatus).flatMap(([status, words]) => words.map((word) => ({ language, status: status as Status, word }))),
  );

  it.each(entries)('$language "$word" is $status, alone, capitalised and as a bracketed title segment', ({ status, word }) => {
    const capitalised = word.charAt(0).toUpperCase() + word.slice(1);
    expect([statusOfPhrase(word), statusOfPhrase(capitalised), extractStatus(`Release 2 (${word})`)]).toEqual([status, status, { status, text: 'Release 2', note: undefined }]);
  });

  it('gives each word one status across languages', () => {
    const seen = new Map<string, Status>();
    const clashes = entries.filter(({ word, status }) => {
      const before = seen.get(word);
      seen.set(word, status);
      return before !== undefined && before !== status;
    });
    expect(clashes).toEqual([]);
  });
});

describe('BRACKETED_STATUS_WORDS', () => {
  it.each(Object.entries(BRACKETED_STATUS_WORDS))('"%s" is %s in brackets only', (word, status) => {
    expect([extractStatus(`Milestone 0: Scaffold (${word})`).status, statusOfPhrase(word)]).toEqual([status, undefined]);
  });
});

describe('STATUS_EMOJI', () => {
  const entries = Object.entries(STATUS_EMOJI).flatMap(([status, chars]) => [...chars].map((char) => [char, status] as const));
  it.each(entries)('%s is %s', (char, status) => {
    expect(statusOfEmoji(`Search ${char}`)).toEqual(status);
  });
});

describe('CHECKBOX_MARKS', () => {
  it('lists the marks a text checkbox may carry', () => {
    expect(CHECKBOX_MARKS).toEqual({ x: 'done', X: 'done', ' ': 'planned', '~': 'in-progress', '/': 'in-progress', '-': 'cancelled' });
  });
});

describe('progress figures', () => {
  it('reads a percentage with a progress word, or alone, as a status', () => {
    expect(['99% complete', '100% done', '0 % complete', '60%', '40% fertig', '30% 完成', 'ships 99% faster'].map(statusOfProgress)).toEqual([
      'in-progress',
      'done',
      'planned',
      'in-progress',
      'in-progress',
      'in-progress',
      undefined,
    ]);
  });

  it('takes a bracketed progress note out of a title', () => {
    expect(extractStatus('YellowDataPlatform (started, 99% complete as of August)')).toEqual({ status: 'in-progress', text: 'YellowDataPlatform', note: undefined });
  });
});
