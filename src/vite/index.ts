// Entry `roadmap-kit/vite`: the Vite plugin that imports a ROADMAP.md as the model at build time.
// Runs in Node inside Vite; never imports React.
export type { RoadmapPluginOptions } from './roadmapPlugin.js';
export { roadmap } from './roadmapPlugin.js';
