// Entry `roadmap-kit/markdown`: ROADMAP.md → model. Never imports React.
export type { Diagnostic } from './diagnostics.js';
export type { ParseRoadmapOptions, ParseRoadmapResult } from './parseRoadmap.js';
export { parseRoadmap } from './parseRoadmap.js';
