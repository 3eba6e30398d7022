// Entry `roadmap-kit`: components, hooks, model types, validateRoadmap and theme helpers.
// Everything headless is re-exported by name so a host needs one import path.
export * from './headless.js';
