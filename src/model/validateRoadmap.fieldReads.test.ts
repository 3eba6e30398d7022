import fc from 'fast-check';
import { CADENCE_UNITS, COMPARATORS, PRECISIONS, STATUSES } from './types.js';
import { validatePhase } from './validatePhase.js';
import { validateRoadmap } from './validateRoadmap.js';
import { withFields } from './validationFields.js';

// Validation reads a plain object's fields by name (fast in the code a first mount runs) and any
// other record's through `ownField`. These tests hold the fast reads to the careful ones: a record
// without `Object.prototype` is always read field by field through `ownField`, so validating such a
// clone of an input runs the careful path all the way down. Either way every record is copied.

/**
 * Mostly a value of `arbitrary`, sometimes an explicit `undefined`, rarely one of the wrong type:
 * most roadmaps come out valid, so their records are compared, and some invalid, so their issues are.
 */
const loosely = <T>(arbitrary: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 60, arbitrary }, { weight: 4, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.constant(null)) });
/** One of `good` mostly, one of `bad` (refused by validation) rarely. */
const choice = <T>(good: readonly T[], bad: readonly T[]) => fc.oneof({ weight: 30, arbitrary: fc.constantFrom(...good) }, { weight: 1, arbitrary: fc.constantFrom(...bad) });
/** Mostly unique; sometimes one to make unique or to trim. */
const id = fc.oneof({ weight: 20, arbitrary: fc.stringMatching(/^[a-z]{3,6}$/) }, { weight: 1, arbitrary: fc.constantFrom('x', ' x ') });
const day = choice(['2026-01-05', '2026-02-28', '2026-03-31'], ['2026-02-30', 'Q1']);
const tinyList = <T>(arbitrary: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 6, arbitrary: fc.array(arbitrary, { maxLength: 3 }) }, { weight: 1, arbitrary: fc.sparseArray(arbitrary, { maxLength: 3 }) });
/** `value`'s fields in another order, picked by `seed`: copies keep the input's order, whatever it is. */
function reordered(value: Record<string, unknown>, seed: number): Record<string, unknown> {
  const keys = Object.keys(value);
  const order = keys.map((key, at) => ({ key, rank: ((at + 1) * 2_654_435_761 + seed) % 1_000_003 }));
  return Object.fromEntries(order.sort((a, b) => a.rank - b.rank).map(({ key }) => [key, value[key]]));
}
/**
 * A record of `fields`, each present or not; mostly with the `required` ones, which a normal record
 * has. Mostly in the order `fields` lists them, as the model writes them, sometimes in another.
 */
const record = <T extends Record<string, fc.Arbitrary<unknown>>>(fields: T, required: (keyof T & string)[]): fc.Arbitrary<Record<string, unknown>> =>
  fc
    .tuple(
      fc.oneof({ weight: 20, arbitrary: fc.record(fields, { requiredKeys: required }) }, { weight: 1, arbitrary: fc.record(fields, { requiredKeys: [] }) }),
      fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.nat() }),
    )
    .map(([value, seed]) => (seed === undefined ? value : reordered(value, seed)));

const item = record(
  {
    title: choice(['Sync', 'Share'], [' ']),
    status: loosely(choice(STATUSES, ['shipped'])),
    id: loosely(id),
    detail: loosely(fc.string({ maxLength: 3 })),
    href: loosely(choice(['https://example.com', './docs'], ['javascript:alert(1)'])),
    tags: loosely(fc.array(fc.oneof({ weight: 20, arbitrary: fc.string({ maxLength: 2 }) }, { weight: 1, arbitrary: fc.integer() }), { maxLength: 2 })),
    extra: fc.jsonValue({ maxDepth: 1 }),
  },
  ['title', 'status', 'id'],
);
const when = record(
  { start: day, end: day, precision: loosely(choice(PRECISIONS, ['decade'])), label: loosely(fc.constantFrom('Q1 2026')), note: fc.jsonValue({ maxDepth: 1 }) },
  ['start', 'end', 'precision'],
);
const metric = record(
  {
    id: loosely(id),
    label: choice(['p95'], ['']),
    target: choice([1, 2.5], [Number.NaN]),
    comparator: choice(COMPARATORS, ['below']),
    current: loosely(fc.integer()),
    status: loosely(fc.constantFrom(...STATUSES)),
  },
  ['id', 'label', 'target', 'comparator'],
);
const group = record({ title: loosely(fc.constantFrom('Core')), items: loosely(tinyList(item)), collapsed: fc.boolean() }, ['items']);
const phase = record(
  {
    id: loosely(id),
    title: choice(['Beta', 'GA'], ['']),
    version: loosely(fc.constantFrom('v1', 'v2')),
    status: loosely(choice(STATUSES, ['shipped'])),
    when: loosely(when),
    timeframe: loosely(fc.constantFrom('Q1 2026')),
    groups: loosely(tinyList(group)),
    metrics: loosely(tinyList(metric)),
    color: fc.jsonValue({ maxDepth: 1 }),
  },
  ['id', 'title', 'status', 'groups', 'metrics'],
);
const cadence = record(
  {
    label: choice(['Minor'], ['']),
    every: loosely(record({ count: choice([1, 2], [0, -1, 1.5]), unit: choice(CADENCE_UNITS, ['fortnight']) }, ['count', 'unit'])),
    text: loosely(fc.string({ maxLength: 2 })),
  },
  ['label'],
);
const roadmap = record(
  {
    title: choice(['Roadmap'], ['']),
    summary: loosely(fc.string({ maxLength: 3 })),
    updated: loosely(day),
    phases: loosely(tinyList(phase)),
    metrics: loosely(tinyList(metric)),
    cadences: loosely(tinyList(cadence)),
    owner: fc.jsonValue({ maxDepth: 1 }),
  },
  ['title', 'phases', 'metrics', 'cadences'],
);

/** Where validation reads records: at each field, the shape of the record there or of each entry of the array there. */
interface Shape {
  [field: string]: Shape;
}
const METRIC: Shape = {};
const PHASE: Shape = { when: {}, groups: { items: {} }, metrics: METRIC };
const ROADMAP: Shape = { phases: PHASE, metrics: METRIC, cadences: { every: {} } };

/**
 * A clone whose records have no prototype, holes of sparse arrays kept; what validation does not
 * read as a record (unknown fields, strings, tags) is shared, as a copy shares it.
 */
function withoutPrototypes(value: unknown, shape: Shape): unknown {
  if (Array.isArray(value)) {
    const copy: unknown[] = new Array(value.length);
    value.forEach((entry, at) => {
      copy[at] = withoutPrototypes(entry, shape);
    });
    return copy;
  }
  if (typeof value !== 'object' || value === null) return value;
  const clone = Object.create(null) as Record<string, unknown>;
  for (const [key, field] of Object.entries(value)) clone[key] = shape[key] ? withoutPrototypes(field, shape[key]) : field;
  return clone;
}

/**
 * Every field name of the model. Copies add a field the input lacks (an id, a status, an array
 * filled in) in the order its kind lists its fields; this order keeps each kind's order among those.
 */
const MODEL_FIELDS = new Set([
  ...['id', 'title', 'version', 'status', 'when', 'timeframe', 'summary', 'updated', 'groups', 'phases', 'metrics', 'cadences'],
  ...['start', 'end', 'precision', 'label', 'detail', 'href', 'tags', 'items', 'target', 'comparator', 'unit', 'current', 'text', 'every', 'count'],
]);

/** `value` with the holes of its sparse arrays closed up, records shared. */
function withoutHoles(value: unknown, shape: Shape): unknown {
  if (Array.isArray(value)) return value.filter(() => true).map((entry) => withoutHoles(entry, shape));
  if (typeof value !== 'object' || value === null) return value;
  const copy: Record<string, unknown> = { ...value };
  for (const key of Object.keys(shape)) if (Object.hasOwn(copy, key)) copy[key] = withoutHoles(copy[key], shape[key]!);
  return copy;
}

/** Every record validation reads in `value`, outermost first. */
function recordsIn(value: unknown, shape: Shape, found: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (Array.isArray(value)) for (const entry of value) recordsIn(entry, shape, found);
  else if (typeof value === 'object' && value !== null) {
    found.push(value as Record<string, unknown>);
    for (const [key, field] of Object.entries(value)) if (shape[key]) recordsIn(field, shape[key], found);
  }
  return found;
}

/**
 * A roadmap validation already normalised (a fresh copy of its output), with one of its records
 * changed: a field removed or made an explicit `undefined`, or none.
 */
const nearlyNormal = fc.tuple(roadmap, fc.nat(), fc.nat(), fc.constantFrom('delete', 'undefined', 'none')).map(([input, which, field, change]) => {
  const result = validateRoadmap(input);
  if (!result.ok) return input;
  const copy = structuredClone(result.roadmap);
  const records = recordsIn(copy, ROADMAP);
  const record = records[which % records.length]!;
  const keys = Object.keys(record);
  const key = keys[field % keys.length];
  if (key !== undefined && change === 'delete') delete record[key];
  if (key !== undefined && change === 'undefined') record[key] = undefined;
  return copy;
});
const roadmaps = fc.oneof(roadmap, nearlyNormal);

describe('validateRoadmap reads plain objects by name and copies every record', () => {
  it('gives exactly what reading every field through ownField gives, for valid and invalid roadmaps alike', () => {
    fc.assert(
      fc.property(roadmaps, (input) => {
        expect(validateRoadmap(input)).toStrictEqual(validateRoadmap(withoutPrototypes(input, ROADMAP)));
      }),
      { numRuns: 500 },
    );
  });

  it('gives exactly what the careful reads give for a lone phase too', () => {
    fc.assert(
      fc.property(phase, (input) => {
        expect(validatePhase(input)).toStrictEqual(validatePhase(withoutPrototypes(input, PHASE)));
      }),
      { numRuns: 300 },
    );
  });

  it('hands back fresh records and arrays, none of its input, even for an input already normal', () => {
    fc.assert(
      fc.property(roadmap, (input) => {
        const first = validateRoadmap(input);
        if (!first.ok) return;
        const again = validateRoadmap(first.roadmap);
        expect(again).toStrictEqual(first);
        const before = new Set<unknown>([...recordsIn(first.roadmap, ROADMAP), first.roadmap.phases, first.roadmap.metrics, first.roadmap.cadences]);
        if (!again.ok) throw new Error('expected a valid roadmap');
        for (const record of recordsIn(again.roadmap, ROADMAP)) expect(before.has(record)).toBe(false);
        expect(before.has(again.roadmap.phases)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('copies each record as { ...record, ...checked fields } would, minus undefined ones: its order, its unknown fields', () => {
    fc.assert(
      fc.property(roadmap, (input) => {
        const result = validateRoadmap(input);
        if (!result.ok) return;
        // A valid roadmap drops no entry but the holes of a sparse array: records pair up in order.
        const inputs = recordsIn(withoutHoles(input, ROADMAP), ROADMAP);
        const outputs = recordsIn(result.roadmap, ROADMAP);
        expect(outputs.length).toBe(inputs.length);
        outputs.forEach((output, at) => {
          const names = [...MODEL_FIELDS].filter((name) => Object.hasOwn(output, name) || Object.hasOwn(inputs[at]!, name));
          const expected = withFields<Record<string, unknown>>(inputs[at]!, names, names.map((name) => output[name]));
          expect(Object.keys(output)).toEqual(Object.keys(expected));
          expect(output).toStrictEqual(expected);
        });
      }),
      { numRuns: 500 },
    );
  });

  it('adds the fields a record lacks after its own, in the model order, and drops those held as undefined', () => {
    const span = { note: 'n', end: '2026-02-28', label: undefined, start: '2026-01-05' };
    const item = { extra: 1, title: 'I', detail: undefined };
    const input = { phases: [{ color: 'red', title: 'P', version: undefined, when: span, groups: [{ items: [item], collapsed: true }] }], title: 'R' };
    const result = validateRoadmap(input);
    if (!result.ok) throw new Error('expected a valid roadmap');
    const [phase] = result.roadmap.phases;
    expect(Object.keys(result.roadmap)).toEqual(['phases', 'title', 'metrics', 'cadences']);
    expect(Object.keys(phase!)).toEqual(['color', 'title', 'when', 'groups', 'id', 'status', 'metrics']);
    expect(Object.keys(phase!.when!)).toEqual(['note', 'end', 'start', 'precision']);
    expect(Object.keys(phase!.groups[0]!)).toEqual(['items', 'collapsed']);
    expect(Object.keys(phase!.groups[0]!.items[0]!)).toEqual(['extra', 'title', 'id', 'status']);
    expect(input.phases[0]).toEqual({ color: 'red', title: 'P', version: undefined, when: span, groups: [{ items: [item], collapsed: true }] });
  });

  it('holds no getter of its input: reading the output never runs one', () => {
    let reads = 0;
    const phase = {
      id: 'p',
      status: 'planned',
      groups: [],
      metrics: [],
      get title() {
        reads += 1;
        return 'Beta';
      },
    };
    const result = validateRoadmap({ title: 'R', phases: [phase], metrics: [], cadences: [] });
    if (!result.ok) throw new Error('expected a valid roadmap');
    const readsDuringValidation = reads;
    expect(Object.getOwnPropertyDescriptor(result.roadmap.phases[0], 'title')).toEqual({ value: 'Beta', writable: true, enumerable: true, configurable: true });
    expect(result.roadmap.phases[0]!.title).toBe('Beta');
    expect(reads).toBe(readsDuringValidation);
  });

  it('copies a record that inherits from anything but Object.prototype, and an array with holes', () => {
    const phases = [{ id: 'p', title: 'P', status: 'planned', groups: [], metrics: [] }];
    const holed: unknown[] = [];
    holed[1] = phases[0];
    const fromClass = Object.assign(new (class Input {})(), { title: 'R', phases, metrics: [], cadences: [] });
    const result = validateRoadmap(fromClass);
    if (!result.ok) throw new Error('expected a valid roadmap');
    expect(Object.getPrototypeOf(result.roadmap)).toBe(Object.prototype);
    expect(result.roadmap.phases).toEqual(phases);
    expect(result.roadmap.phases).not.toBe(phases);
    const withHole = validateRoadmap({ title: 'R', phases: holed, metrics: [], cadences: [] });
    expect(withHole.ok && withHole.roadmap.phases).toEqual(phases);
  });

  it('reads no field that Object.prototype holds, when something has put one there', () => {
    const prototype = Object.prototype as Record<string, unknown>;
    prototype.when = { start: 'nope' };
    prototype.href = 'javascript:alert(1)';
    try {
      const result = validateRoadmap({ title: 'R', phases: [{ id: 'p', title: 'P', status: 'done', groups: [{ items: [{ id: 'i', title: 'I', status: 'done' }] }], metrics: [] }] });
      expect(result).toStrictEqual(validateRoadmap(withoutPrototypes({ title: 'R', phases: [{ id: 'p', title: 'P', status: 'done', groups: [{ items: [{ id: 'i', title: 'I', status: 'done' }] }], metrics: [] }] }, ROADMAP)));
      expect(result.ok && Object.hasOwn(result.roadmap.phases[0]!, 'when')).toBe(false);
      expect(result.ok && Object.hasOwn(result.roadmap.phases[0]!.groups[0]!.items[0]!, 'href')).toBe(false);
    } finally {
      delete prototype.when;
      delete prototype.href;
    }
  });

  it('reads a record with any one of its fields removed or held as undefined exactly as the careful reads do', () => {
    // Normal already, every optional field of every kind of record filled in.
    const full = {
      title: 'R',
      summary: 'S',
      updated: '2026-01-05',
      phases: [
        {
          id: 'p',
          title: 'P',
          version: 'v1',
          status: 'done',
          when: { start: '2026-01-05', end: '2026-02-28', precision: 'month', label: 'Jan–Feb' },
          timeframe: 'Q1',
          summary: 'S',
          groups: [{ title: 'G', items: [{ id: 'i', title: 'I', detail: 'D', status: 'done', href: './docs', tags: ['t'] }] }],
          metrics: [{ id: 'm', label: 'M', target: 1, comparator: 'lt', unit: 'ms', current: 2, status: 'planned', text: 'T' }],
        },
      ],
      metrics: [],
      cadences: [{ label: 'C', every: { count: 1, unit: 'week' }, text: 'T' }],
    };
    const same = validateRoadmap(full);
    expect(same.ok && same.roadmap).toEqual(full);
    const records = recordsIn(full, ROADMAP).length;
    for (let which = 0; which < records; which += 1) {
      for (const key of Object.keys(recordsIn(full, ROADMAP)[which]!)) {
        for (const change of ['delete', 'undefined'] as const) {
          const input = structuredClone(full);
          const record = recordsIn(input, ROADMAP)[which]!;
          if (change === 'delete') delete record[key];
          else record[key] = undefined;
          expect({ key, change, result: validateRoadmap(input) }).toStrictEqual({ key, change, result: validateRoadmap(withoutPrototypes(input, ROADMAP)) });
        }
      }
    }
  });
});
