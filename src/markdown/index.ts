// Entry `roadmap-kit/markdown`: ROADMAP.md → model. Never imports React.
// The model types the result is made of, so a build-time importer can type what it passes on without the headless entry.
export type { Cadence, Comparator, DateSpan, Item, ItemGroup, Metric, Phase, Precision, Roadmap, Status } from '../model/types.js';
export type { Diagnostic } from './diagnostics.js';
export type { ParseRoadmapOptions, ParseRoadmapResult } from './parseRoadmap.js';
export { parseRoadmap } from './parseRoadmap.js';
