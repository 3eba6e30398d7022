import fc from 'fast-check';
import { validateRoadmap } from '../model/validateRoadmap.js';
import { parseRoadmap } from './parseRoadmap.js';

const words = fc.constantFrom(
  'v1.3.0', 'v0.2', 'Phase 1:', 'Milestone 3', 'Q1 2026', 'Q3-Q4 2025', 'Q4 2024 - Q1 2025', 'H2 2026', '2027+', 'end of 2026',
  'February 2025', '2025-12-25', 'Week 3', 'Now', 'Later', '✅', '🚧', '📅', '❌', 'COMPLETED', 'IN PROGRESS', 'Deferred to v1.2.0',
  '~~gone~~', '**Features**:', '**ETA**: March', '**Status**: Released', '(Released: 2025-12-25)', '<100ms', '< 20MB', '99.9% uptime',
  '100K+', '1M+', 'Zero critical vulnerabilities', '10,000+ stars', '[x](javascript:alert(1))', '[docs](./a.md)', 'âœ…', '‚úÖ', 'ðŸ“…',
  'Success Metrics', 'Exit Criteria', 'Release Schedule', 'Every 2 months', 'Contributing', 'Vision', 'é', '«', '»', '|', '---', ':', '',
);
const line = fc.tuple(
  fc.constantFrom('', '# ', '## ', '### ', '#### ', '- ', '- [ ] ', '- [x] ', '  - ', '1. ', '> ', '| ', '|---|---|', '<!-- ', '---', '\t', '**'),
  fc.array(words, { maxLength: 6 }),
).map(([prefix, parts]) => prefix + parts.join(' '));
const markdownish = fc.array(line, { maxLength: 40 }).map((lines) => lines.join(fc.sample(fc.constantFrom('\n', '\r\n'), 1)[0]));

function checkRoadmap(markdown: string): void {
  const { roadmap, diagnostics } = parseRoadmap(markdown, { now: '2026-03-15' });
  const validated = validateRoadmap(JSON.parse(JSON.stringify(roadmap)));
  expect(validated.ok ? [] : validated.issues).toEqual([]);
  expect(validated.ok && validated.roadmap).toEqual(roadmap);
  for (const diagnostic of diagnostics) expect(diagnostic.line).toBeGreaterThanOrEqual(1);
}

describe('parseRoadmap on arbitrary input', () => {
  it('never throws and always gives a valid roadmap for any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), checkRoadmap), { numRuns: 200 });
    // Generating 200 full-Unicode strings takes fast-check seconds on a busy machine; parsing them, ~0.2 s.
  }, 30_000);

  it('never throws and always gives a valid roadmap for markdown-like text', () => {
    fc.assert(fc.property(markdownish, checkRoadmap), { numRuns: 200 });
  });

  it('reads adversarial repetition in time that grows linearly', () => {
    const unit = '## v1.0 - Q1 2026 ((( **a** ~~b~~ 1,000,000,000 Q1 Q2 Q3 v1.v1.v1. ---- \n- [ ] < 5ms 10K+ Deferred to v2 `x` |a|b|\n';
    const time = (copies: number) => {
      const text = unit.repeat(copies);
      let best = Number.POSITIVE_INFINITY;
      for (let run = 0; run < 2; run += 1) {
        const start = performance.now();
        parseRoadmap(text, { now: '2026-03-15' });
        best = Math.min(best, performance.now() - start);
      }
      return best;
    };
    const small = time(100);
    const large = time(800);
    // Eight times the input; a quadratic parser would take about 64 times as long.
    expect(large / Math.max(small, 1)).toBeLessThan(24);
  }, 60_000);

  it('reads one very long line without catastrophic backtracking', () => {
    for (const piece of ['Q1 ', '1,', '(', '**', 'v1.', '- ', '~~', 'at least ', 'â€', ' - ']) {
      const start = performance.now();
      parseRoadmap(`## ${piece.repeat(20000)}\n- ${piece.repeat(20000)}`, { now: '2026-03-15' });
      expect([piece, performance.now() - start < 5000]).toEqual([piece, true]);
    }
  }, 60_000);
});
