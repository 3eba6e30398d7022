/**
 * Compile-time guard that the shipped JSON Schema and the TypeScript model name the same fields.
 * `npm test` type-checks this file, so adding a field to one side only breaks the build.
 * It has no runtime code and no entry point imports it.
 */
import type schema from './roadmap.schema.json';
import type { Cadence, DateSpan, Item, ItemGroup, Metric, Phase, Roadmap } from './types.js';

type Defs = (typeof schema)['$defs'];
type SameKeys<A, B> = [keyof A] extends [keyof B] ? ([keyof B] extends [keyof A] ? true : false) : false;
type Assert<T extends true> = T;

export type SchemaMatchesTypes = [
  Assert<SameKeys<(typeof schema)['properties'], Roadmap>>,
  Assert<SameKeys<Defs['Phase']['properties'], Phase>>,
  Assert<SameKeys<Defs['ItemGroup']['properties'], ItemGroup>>,
  Assert<SameKeys<Defs['Item']['properties'], Item>>,
  Assert<SameKeys<Defs['Metric']['properties'], Metric>>,
  Assert<SameKeys<Defs['Cadence']['properties'], Cadence>>,
  Assert<SameKeys<Defs['Cadence']['properties']['every']['properties'], NonNullable<Cadence['every']>>>,
  Assert<SameKeys<Defs['DateSpan']['properties'], DateSpan>>,
];
