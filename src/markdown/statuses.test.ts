import { cleanTitle } from './cleanTitle.js';
import { extractStatus, statusOfEmoji, statusOfPhrase, statusOfValue, stripEmoji } from './statuses.js';

describe('statusOfEmoji', () => {
  it('maps each status emoji', () => {
    expect(['✅', '✔️', '🚧', '⏳', '📅', '🔮', '❌', '⏸️', '🔍'].map(statusOfEmoji)).toEqual([
      'done',
      'done',
      'in-progress',
      'in-progress',
      'planned',
      'planned',
      'cancelled',
      'deferred',
      undefined,
    ]);
  });
});

describe('statusOfPhrase', () => {
  it('maps status words in any case', () => {
    expect(['COMPLETED', 'Released', 'IN PROGRESS', 'in-progress', 'Planned', 'Cancelled', 'canceled', 'Dropped', 'ALL MET'].map(statusOfPhrase)).toEqual([
      'done',
      'done',
      'in-progress',
      'in-progress',
      'planned',
      'cancelled',
      'cancelled',
      'cancelled',
      'done',
    ]);
  });

  it('reads health words in a status column as in progress', () => {
    expect(['On track', 'At risk', 'Blocked'].map(statusOfPhrase)).toEqual(['in-progress', 'in-progress', 'in-progress']);
  });

  it('reads deferral to a version', () => {
    expect(statusOfPhrase('Deferred to v1.2.0')).toEqual('deferred');
    expect(statusOfPhrase('moved to Q3')).toEqual('deferred');
  });

  it('does not read ordinary titles as statuses', () => {
    expect(['Production Release', 'Done right', 'Removed legacy API', 'Next-Generation Features'].map(statusOfPhrase)).toEqual([undefined, undefined, undefined, undefined]);
  });
});

describe('statusOfValue', () => {
  it('reads the first words of a status line', () => {
    expect(statusOfValue('Production Ready with Systemd Support')).toEqual('done');
    expect(statusOfValue('✅ READY FOR RELEASE')).toEqual('done');
    expect(statusOfValue('High-level forecast; subject to change')).toBeUndefined();
  });
});

describe('extractStatus', () => {
  it('reads bracketed status words only from its vocabulary, not from what every object has', () => {
    expect(extractStatus('Parser (constructor)')).toEqual({ status: undefined, text: 'Parser (constructor)', note: undefined });
    expect(extractStatus('Formatter [toString]')).toEqual({ status: undefined, text: 'Formatter [toString]', note: undefined });
    expect(extractStatus('Search (current)').status).toBe('in-progress');
  });

  it('takes a status segment after a dash out of the title', () => {
    expect(extractStatus('Phase 1: Beta Release - IN PROGRESS')).toEqual({ status: 'in-progress', text: 'Phase 1: Beta Release' });
  });

  it('keeps a longer status segment as a note', () => {
    expect(extractStatus('Dynamic secrets support (database credentials) - Deferred to v1.2.0')).toEqual({
      status: 'deferred',
      text: 'Dynamic secrets support (database credentials)',
      note: 'Deferred to v1.2.0',
    });
  });

  it('takes upper-case status words and emoji anywhere', () => {
    expect(extractStatus('✅ v0.1.0 RELEASED')).toEqual({ status: 'done', text: 'v0.1.0' });
    expect(extractStatus('🚧 Search')).toEqual({ status: 'in-progress', text: 'Search' });
  });

  it('reads a status in brackets', () => {
    expect(extractStatus('Offline mode (cancelled)')).toEqual({ status: 'cancelled', text: 'Offline mode' });
  });

  it('lets words win over emoji', () => {
    expect(extractStatus('🚧 Export - Deferred').status).toEqual('deferred');
  });
});

describe('stripEmoji and cleanTitle', () => {
  it('removes emoji but keeps ©, ® and ™', () => {
    expect(stripEmoji('🛡️ Advanced Security™ ©')).toEqual(' Advanced Security™ ©');
  });

  it('trims separators and empty brackets left behind', () => {
    expect(cleanTitle(' Current Status:  () ')).toEqual('Current Status');
    expect(cleanTitle('-  Observability & Integrations  ( ) -')).toEqual('Observability & Integrations');
  });
});

describe('stripEmoji and statusOfEmoji read by character codes', () => {
  // What the Unicode pattern alone takes out, with no shortcut for text it need not search.
  const EMOJI = /\p{Extended_Pictographic}|[\u{1F1E6}-\u{1F1FF}]|[\u{1F3FB}-\u{1F3FF}]|\uFE0F|\u200D|\u20E3|[✓✗✘☐☒]/gu;
  const reference = (text: string) => text.replace(EMOJI, (char) => ((char.codePointAt(0) ?? 0) < 0x2190 || char === '™' ? char : ''));

  it('takes out exactly what the pattern takes out, for every code point', () => {
    const differ: string[] = [];
    for (let code = 0; code <= 0x1ffff; code += 1) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const text = `a ${String.fromCodePoint(code)} b`;
      if (stripEmoji(text) !== reference(text)) differ.push(code.toString(16));
    }
    expect(differ).toEqual([]);
  });

  it('finds the first status mark after CJK text, surrogate pairs and marks that name no status', () => {
    expect(statusOfEmoji('已完成的功能 🟢 🚧 ✅')).toBe('in-progress');
    expect(statusOfEmoji('ship 🎉 then ❌')).toBe('cancelled');
    expect(statusOfEmoji('说明文字，没有标记')).toBeUndefined();
  });
});
