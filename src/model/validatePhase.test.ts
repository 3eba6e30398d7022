import { validateMetric } from './validateMetric.js';
import { validatePhase } from './validatePhase.js';

describe('validatePhase', () => {
  it('normalises one phase as validateRoadmap would: ids, statuses, arrays', () => {
    expect(validatePhase({ title: 'Beta', version: 'v0.2', groups: [{ items: [{ title: 'Sync', status: 'done' }, { title: 'Sync' }] }] })).toEqual({
      ok: true,
      phase: {
        id: 'v0-2-beta',
        title: 'Beta',
        version: 'v0.2',
        status: 'in-progress',
        groups: [{ items: [{ id: 'sync', title: 'Sync', status: 'done' }, { id: 'sync-2', title: 'Sync', status: 'planned' }] }],
        metrics: [],
      },
    });
  });

  it('gives paths from the phase itself', () => {
    expect(validatePhase({ title: 'P', when: { start: '2026-13-01', end: '2026-12-31' }, groups: [{ items: [{ title: 'I', href: 'javascript:alert(1)' }] }] })).toEqual({
      ok: false,
      issues: [
        { path: 'when.start', message: '"2026-13-01" is not a date (expected YYYY-MM-DD)' },
        { path: 'groups[0].items[0].href', message: '"javascript:alert(1)" is not a safe link (expected http(s), mailto or a relative URL)' },
      ],
    });
  });

  it('refuses what is not a phase, and a __proto__ key, and returns for a revoked Proxy', () => {
    expect(validatePhase('Beta')).toEqual({ ok: false, issues: [{ path: '', message: '"Beta" is not a phase (expected { title, status?, groups? })' }] });
    expect(validatePhase(JSON.parse('{"title":"P","__proto__":{"status":"done"}}'))).toMatchObject({ ok: false, issues: [{ path: '__proto__' }] });
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(validatePhase(proxy)).toMatchObject({ ok: false, issues: [{ path: '' }] });
  });
});

describe('validateMetric', () => {
  it('normalises one metric and gives it an id from its label', () => {
    expect(validateMetric({ label: 'p95 latency', target: 100, comparator: 'lt', unit: 'ms' })).toEqual({
      ok: true,
      metric: { id: 'p95-latency', label: 'p95 latency', target: 100, comparator: 'lt', unit: 'ms' },
    });
  });

  it('names each problem with its path inside the metric', () => {
    expect(validateMetric({ label: 'uptime', target: Number.POSITIVE_INFINITY, comparator: 'about' })).toEqual({
      ok: false,
      issues: [
        { path: 'target', message: 'Infinity is not a finite number' },
        { path: 'comparator', message: '"about" is not one of "lt", "lte", "gt", "gte", "eq"' },
      ],
    });
  });
});
