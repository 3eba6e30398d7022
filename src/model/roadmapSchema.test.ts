import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { milestonesWithMetrics } from '../examples/milestonesWithMetrics.js';
import { numberedPhases } from '../examples/numberedPhases.js';
import { releasesByQuarter } from '../examples/releasesByQuarter.js';
import schema from './roadmap.schema.json';
import { STATUSES } from './types.js';
import { validateRoadmap } from './validateRoadmap.js';

const ajv = new Ajv2020({ allErrors: true, strict: true });
const checkSchema = ajv.compile(schema);

describe('the shipped JSON Schema', () => {
  it.each([
    ['releases by quarter', releasesByQuarter],
    ['numbered phases', numberedPhases],
    ['milestones with metrics', milestonesWithMetrics],
  ])('accepts the %s example, which validateRoadmap accepts unchanged', (_name, roadmap) => {
    expect(checkSchema(roadmap)).toBe(true);
    expect(validateRoadmap(roadmap)).toEqual({ ok: true, roadmap });
  });

  it('rejects what validateRoadmap rejects for a wrong status or date', () => {
    const wrong = { title: 'R', phases: [{ title: 'P', status: 'shipped', when: { start: '2026-13-01', end: '2026-12-31', precision: 'day' } }] };
    expect(checkSchema(wrong)).toBe(false);
    expect(checkSchema.errors?.map((error) => error.instancePath).sort()).toEqual(['/phases/0/status', '/phases/0/when/start']);
    expect(validateRoadmap(wrong).ok).toBe(false);
  });

  it('accepts every roadmap validateRoadmap outputs', () => {
    const item = fc.record(
      { title: fc.string({ minLength: 1 }), status: fc.constantFrom(...STATUSES), id: fc.string(), detail: fc.string(), tags: fc.array(fc.string()) },
      { requiredKeys: ['title'] },
    );
    const phase = fc.record(
      {
        title: fc.string({ minLength: 1 }),
        id: fc.constantFrom('a', 'b', 'a'),
        status: fc.constantFrom(...STATUSES),
        version: fc.string(),
        groups: fc.array(fc.record({ title: fc.string(), items: fc.array(item, { maxLength: 4 }) }, { requiredKeys: ['items'] }), { maxLength: 3 }),
      },
      { requiredKeys: ['title'] },
    );
    fc.assert(
      fc.property(fc.record({ title: fc.string({ minLength: 1 }), phases: fc.array(phase, { maxLength: 5 }) }), (input) => {
        const result = validateRoadmap(input);
        if (!result.ok) return true; // e.g. a whitespace-only title: rejected by both, covered above
        return checkSchema(result.roadmap) === true;
      }),
      { numRuns: 200 },
    );
  });
});
