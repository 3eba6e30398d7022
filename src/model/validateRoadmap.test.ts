import { validateRoadmap } from './validateRoadmap.js';
import { formatValidationIssue } from './validationContext.js';

describe('validateRoadmap', () => {
  it('fills missing arrays, derives statuses and generates ids for a minimal roadmap', () => {
    const result = validateRoadmap({
      title: 'Minimal',
      phases: [{ title: 'Beta', version: 'v0.2', groups: [{ items: [{ title: 'Sync', status: 'done' }, { title: 'Share' }] }] }],
    });
    expect(result).toEqual({
      ok: true,
      roadmap: {
        title: 'Minimal',
        phases: [
          {
            id: 'v0-2-beta',
            title: 'Beta',
            version: 'v0.2',
            status: 'in-progress',
            groups: [
              {
                items: [
                  { id: 'sync', title: 'Sync', status: 'done' },
                  { id: 'share', title: 'Share', status: 'planned' },
                ],
              },
            ],
            metrics: [],
          },
        ],
        metrics: [],
        cadences: [],
      },
    });
  });

  it('makes duplicate ids unique per kind', () => {
    const result = validateRoadmap({
      title: 'Dupes',
      phases: [
        { id: 'alpha', title: 'A', groups: [{ items: [{ id: 'x', title: 'One' }, { id: 'x', title: 'Two' }] }] },
        { id: 'alpha', title: 'B', groups: [{ items: [{ id: 'x', title: 'Three' }] }] },
        { title: 'alpha' },
      ],
    });
    if (!result.ok) throw new Error('expected a valid roadmap');
    expect(result.roadmap.phases.map((phase) => phase.id)).toEqual(['alpha', 'alpha-2', 'alpha-3']);
    expect(result.roadmap.phases.flatMap((phase) => phase.groups.flatMap((g) => g.items.map((i) => i.id)))).toEqual(['x', 'x-2', 'x-3']);
  });

  it('marks items without a status done inside a phase marked done', () => {
    const result = validateRoadmap({ title: 'R', phases: [{ title: 'Shipped', status: 'done', groups: [{ items: [{ title: 'Login' }] }] }] });
    if (!result.ok) throw new Error('expected a valid roadmap');
    expect(result.roadmap.phases[0]!.groups[0]!.items[0]!.status).toBe('done');
  });

  it('keeps unknown fields for forward compatibility', () => {
    const result = validateRoadmap({ title: 'R', owner: 'team-a', phases: [{ title: 'P', color: 'teal', groups: [] }] });
    if (!result.ok) throw new Error('expected a valid roadmap');
    expect(result.roadmap).toMatchObject({ owner: 'team-a', phases: [{ color: 'teal' }] });
  });

  it('copies each record with its keys in their order, checked fields in place, explicit undefined left out', () => {
    const input = { owner: 'team-a', title: 'R', phases: [{ color: 'teal', title: 'P', version: undefined, status: 'done', id: 'p' }] };
    const result = validateRoadmap(input);
    if (!result.ok) throw new Error('expected a valid roadmap');
    expect(Object.keys(result.roadmap)).toEqual(['owner', 'title', 'phases', 'metrics', 'cadences']);
    expect(Object.keys(result.roadmap.phases[0]!)).toEqual(['color', 'title', 'status', 'id', 'groups', 'metrics']);
    expect(result.roadmap.phases[0]).not.toBe(input.phases[0]);
    expect(input.phases[0]).toHaveProperty('version', undefined);
  });

  it('reports every problem with its JSON path', () => {
    const result = validateRoadmap({
      title: '',
      updated: '2026-02-30',
      phases: [
        { title: 'Fine' },
        'not a phase',
        {
          title: 'Broken',
          status: 'shipped',
          when: { start: '2026-13-01', end: '2026-01-31', precision: 'quarter' },
          groups: [{ items: [{ title: 'Evil', href: 'javascript:alert(1)' }, { detail: 'no title' }] }],
          metrics: [{ label: 'p95', target: '100', comparator: 'below' }],
        },
      ],
      cadences: [{ label: 'Minor', every: { count: 0, unit: 'fortnight' } }],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map(formatValidationIssue)).toEqual([
      'title: "" is not a non-empty string',
      'updated: "2026-02-30" is not a date (expected YYYY-MM-DD)',
      'phases[1]: "not a phase" is not a phase (expected { title, status?, groups? })',
      'phases[2].status: "shipped" is not one of "done", "in-progress", "planned", "deferred", "cancelled"',
      'phases[2].when.start: "2026-13-01" is not a date (expected YYYY-MM-DD)',
      'phases[2].groups[0].items[0].href: "javascript:alert(1)" is not a safe link (expected http(s), mailto or a relative URL)',
      'phases[2].groups[0].items[1].title: is required (expected a non-empty string)',
      'phases[2].metrics[0].target: "100" is not a finite number',
      'phases[2].metrics[0].comparator: "below" is not one of "lt", "lte", "gt", "gte", "eq"',
      'cadences[0].every.unit: "fortnight" is not one of "day", "week", "month", "year"',
      'cadences[0].every.count: 0 is not a positive whole number',
    ]);
  });

  it('reports a span that ends before it starts', () => {
    const result = validateRoadmap({ title: 'R', phases: [{ title: 'P', when: { start: '2026-03-01', end: '2026-02-01', precision: 'day' } }] });
    expect(result).toEqual({ ok: false, issues: [{ path: 'phases[0].when.end', message: '"2026-02-01" is before start "2026-03-01"' }] });
  });

  it.each([
    [null, 'null is not a roadmap (expected an object with a title and phases)'],
    ['# Roadmap', '"# Roadmap" is not a roadmap (expected an object with a title and phases)'],
    [42, '42 is not a roadmap (expected an object with a title and phases)'],
    [[], 'an array of 0 is not a roadmap (expected an object with a title and phases)'],
    [undefined, 'undefined is not a roadmap (expected an object with a title and phases)'],
  ])('gives one issue at the root for %j', (input, message) => {
    expect(validateRoadmap(input)).toEqual({ ok: false, issues: [{ path: '', message }] });
  });

  it('never throws on cyclic or hostile objects', () => {
    const cyclic: Record<string, unknown> = { title: 'Cycle', phases: [] };
    cyclic.self = cyclic;
    (cyclic.phases as unknown[]).push({ title: 'P', parent: cyclic });
    expect(validateRoadmap(cyclic).ok).toBe(true);

    const hostile = new Proxy({}, { get() { throw new Error('trap'); }, ownKeys() { throw new Error('trap'); } });
    expect(validateRoadmap(hostile)).toEqual({ ok: false, issues: [{ path: '', message: 'could not be read (trap)' }] });
  });

  it('validates a large roadmap', () => {
    const phases = Array.from({ length: 50_000 }, (_, index) => ({ title: `Phase ${index}`, groups: [{ items: [{ title: 'Item' }] }] }));
    const result = validateRoadmap({ title: 'Big', phases });
    if (!result.ok) throw new Error('expected a valid roadmap');
    expect(result.roadmap.phases).toHaveLength(50_000);
    expect(result.roadmap.phases[49_999]!.id).toBe('phase-49999');
    expect(result.roadmap.phases[49_999]!.groups[0]!.items[0]!.id).toBe('item-50000');
  });

  it('refuses __proto__ keys from JSON.parse at their paths: the phase inherits no `when`, the item no `href` (#14)', () => {
    const text = '{"title":"T","phases":[{"title":"P","__proto__":{"when":{"start":"nope"}},"groups":[{"items":[{"title":"I","__proto__":{"href":"javascript:alert(1)"}}]}]}]}';
    expect(validateRoadmap(JSON.parse(text))).toEqual({
      ok: false,
      issues: [
        { path: 'phases[0].__proto__', message: '"__proto__" is not allowed as a key (it could change what every object inherits)' },
        { path: 'phases[0].groups[0].items[0].__proto__', message: '"__proto__" is not allowed as a key (it could change what every object inherits)' },
      ],
    });
  });

  it('refuses a top-level __proto__ and the constructor and prototype keys (#14)', () => {
    const result = validateRoadmap(JSON.parse('{"title":"T","__proto__":{"updated":"yesterday"},"metrics":[{"label":"m","target":1,"comparator":"lt","constructor":{}}],"cadences":[{"label":"c","every":{"count":1,"unit":"day","prototype":{}}}],"phases":[]}'));
    expect(result.ok ? [] : result.issues.map((issue) => issue.path)).toEqual(['__proto__', 'metrics[0].constructor', 'cadences[0].every.prototype']);
  });

  it('reads own fields only: what sits on a prototype is neither checked nor kept', () => {
    const phase = Object.create({ when: { start: 'nope' }, status: 'bogus' }) as Record<string, unknown>;
    phase.title = 'P';
    const result = validateRoadmap({ title: 'T', phases: [phase] });
    if (!result.ok) throw new Error('expected a valid roadmap');
    expect(result.roadmap.phases[0]).toEqual({ id: 'p', title: 'P', status: 'planned', groups: [], metrics: [] });
    expect(Object.getPrototypeOf(result.roadmap.phases[0])).toBe(Object.prototype);
  });

  it.each([
    ['a revoked Proxy at the root', () => {
      const { proxy, revoke } = Proxy.revocable({}, {});
      revoke();
      return proxy;
    }, /^could not be read \(.+\)$/],
    ['a getter that throws Object.create(null)', () => ({ get title() {
      throw Object.create(null);
    } }), /^could not be read \(an object\)$/],
    ['a getter that throws an object whose toString throws', () => ({ title: 'T', phases: [{ get title() {
      throw { toString() {
        throw new Error('again');
      } };
    } }] }), /^could not be read \(an object\)$/],
    ['an error whose message getter throws', () => ({ get title() {
      const error = new Error('x');
      Object.defineProperty(error, 'message', { get() {
        throw new Error('again');
      } });
      throw error;
    } }), /^could not be read \(an exception that cannot be described\)$/],
  ])('returns an issue instead of throwing for %s (#14)', (_name, make, message) => {
    const result = validateRoadmap(make());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]!.path).toBe('');
    expect(result.issues[0]!.message).toMatch(message);
  });

  it('refuses a sparse array too long to walk instead of walking it', () => {
    const phases: unknown[] = [];
    phases.length = 2 ** 32 - 1;
    expect(validateRoadmap({ title: 'T', phases })).toEqual({ ok: false, issues: [{ path: 'phases', message: 'an array of 4294967295 is longer than 1,000,000 entries' }] });
  });
});
