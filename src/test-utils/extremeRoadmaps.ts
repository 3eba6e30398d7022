import fc from 'fast-check';
import { expect } from 'vitest';
import { dayNumber, isoFromDayNumber } from '../dates/dayNumber.js';
import { MAX_ISO_DATE, MIN_ISO_DATE } from '../dates/supportedRange.js';
import type { Cadence, DateSpan, Item, ItemGroup, Metric, Phase, Roadmap } from '../model/types.js';
import { CADENCE_UNITS, COMPARATORS, PRECISIONS, STATUSES } from '../model/types.js';

// Valid roadmaps at the edges of what the model allows (issue #14): every date from 0001 to 9999,
// numbers from −1e308 to 1e308 (and the largest finite doubles), 5,000-character words, RTL text,
// emoji. Input shapes (optional ids and statuses), as a host passes them to a component.

/** A word of 5,000 characters with no break opportunity. */
export const LONG_WORD = 'Supercalifragilistic'.repeat(250);
const RTL_TEXT = 'מפת הדרכים של הפרויקט خارطة طريق المشروع '.repeat(120);
const EMOJI_TEXT = '🚀👩🏽‍💻🏳️‍🌈✅🚧 '.repeat(400);
const SPECIAL_TEXT = [
  LONG_WORD,
  RTL_TEXT,
  EMOJI_TEXT,
  `${LONG_WORD} ${RTL_TEXT}`,
  'e\u0301'.repeat(500),
  '\u202eevil\u202c',
  '<script>alert(1)</script> & &amp; "quotes"',
  'x',
];

// Markup is searched for "NaN" and "Infinity"; text that spells them would be a false alarm.
const text = fc
  .oneof(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 24 }), fc.constantFrom(...SPECIAL_TEXT))
  .filter((value) => value.trim() !== '' && !/NaN|Infinity/.test(value));

/** Any day of the supported range, with its two ends and today's neighbourhood more likely. */
export const extremeDate = fc.oneof(
  fc.integer({ min: dayNumber(MIN_ISO_DATE), max: dayNumber(MAX_ISO_DATE) }).map(isoFromDayNumber),
  fc.constantFrom(MIN_ISO_DATE, '0001-12-31', '0099-12-31', '2026-03-15', '9999-01-01', MAX_ISO_DATE),
);

const span: fc.Arbitrary<DateSpan> = fc
  .record({ a: extremeDate, b: extremeDate, precision: fc.constantFrom(...PRECISIONS), label: fc.option(text, { nil: undefined }) })
  .map(({ a, b, precision, label }) => {
    const [start, end] = a <= b ? [a, b] : [b, a];
    return label === undefined ? { start, end, precision } : { start, end, precision, label };
  });

/** Finite numbers from −1e308 to 1e308, with the extremes, zeros and the largest doubles likely. */
export const extremeNumber = fc.oneof(
  fc.double({ min: -1e308, max: 1e308, noNaN: true }),
  fc.constantFrom(0, -0, 5e-324, -5e-324, 1e308, -1e308, Number.MAX_VALUE, -Number.MAX_VALUE, Number.MAX_SAFE_INTEGER, 0.1, 99.9),
);

const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined, freq: 2 });

/** Removes keys whose value is `undefined`, as JSON would. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}

export const extremeMetric: fc.Arbitrary<Metric> = fc
  .record({
    label: text,
    target: extremeNumber,
    comparator: fc.constantFrom(...COMPARATORS),
    unit: optional(fc.oneof(fc.constantFrom('ms', 's', '%', 'GB', 'req/s', 'x'), text)),
    current: optional(extremeNumber),
  })
  .map((metric) => defined(metric) as Metric);

const item = fc
  .record({
    title: text,
    detail: optional(text),
    status: optional(fc.constantFrom(...STATUSES)),
    href: optional(fc.constantFrom('https://example.com/a', './docs/b.md', '#c', 'mailto:a@example.com')),
    tags: optional(fc.array(text, { maxLength: 3 })),
  })
  .map((value) => defined(value) as unknown as Item);

const group = fc.record({ title: optional(text), items: fc.array(item, { maxLength: 4 }) }).map((value) => defined(value) as ItemGroup);

export const extremePhase: fc.Arbitrary<Phase> = fc
  .record({
    title: text,
    version: optional(fc.oneof(fc.constantFrom('v1.0.0', 'v2.3.0', 'v10.0.1'), text)),
    status: optional(fc.constantFrom(...STATUSES)),
    when: optional(span),
    timeframe: optional(text),
    summary: optional(text),
    groups: fc.array(group, { maxLength: 3 }),
    metrics: fc.array(extremeMetric, { maxLength: 2 }),
  })
  .map((value) => defined(value) as unknown as Phase);

const cadence: fc.Arbitrary<Cadence> = fc
  .record({
    label: text,
    every: optional(
      fc.record({
        count: fc.oneof(fc.integer({ min: 1, max: 12 }), fc.constantFrom(100_000, 1_000_000, Number.MAX_SAFE_INTEGER)),
        unit: fc.constantFrom(...CADENCE_UNITS),
      }),
    ),
  })
  .map((value) => defined(value) as Cadence);

export const extremeRoadmap: fc.Arbitrary<Roadmap> = fc
  .record({
    title: text,
    summary: optional(text),
    updated: optional(extremeDate),
    phases: fc.array(extremePhase, { maxLength: 6 }),
    metrics: fc.array(extremeMetric, { maxLength: 3 }),
    cadences: fc.array(cadence, { maxLength: 3 }),
  })
  .map((value) => defined(value) as Roadmap);

/** 5,000 releases on one day, the 5,000th of them today. */
export function sameDayReleases(day = '2026-03-15', count = 5_000): Roadmap {
  const phases = Array.from({ length: count }, (_, index) => ({
    id: `r${index}`,
    title: `Release ${index}`,
    version: `v1.${index}.0`,
    status: 'planned' as const,
    when: { start: day, end: day, precision: 'day' as const },
    groups: [],
    metrics: [],
  }));
  return { title: 'Busy day', phases, metrics: [], cadences: [{ label: 'Minor releases', every: { count: 1, unit: 'day' } }] };
}

/** The numbers a broken computation leaves in markup: `NaN`, `Infinity`. */
export const BROKEN_NUMBER = /NaN|Infinity/;

/**
 * How long one render may take: a few milliseconds are normal; the bound leaves room for a loaded
 * two-core machine. A slow render fails its run. (A loop that never ends would block the worker
 * instead: the loops in `src/dates` are bounded by construction so that none can.)
 */
export const RENDER_BOUND_MS = 5_000;
/** 5,000 releases make megabytes of markup (every release is listed): linear, but seconds when loaded. */
export const BUSY_DAY_BOUND_MS = 30_000;
/** A property test's own timeout: past fast-check's `interruptAfterTimeLimit` (30 s) plus one render at its bound. */
export const PROPERTY_TIMEOUT_MS = 60_000;

/** Renders through `render` (giving markup), checks the time bound and that no NaN or Infinity got in, and gives the markup. */
export function expectBoundedMarkup(render: () => string, boundMs = RENDER_BOUND_MS): string {
  const started = performance.now();
  const markup = render();
  expect(performance.now() - started).toBeLessThan(boundMs);
  expect(markup.match(BROKEN_NUMBER)?.[0]).toBeUndefined();
  return markup;
}
