// Types for `import roadmap from './ROADMAP.md?roadmap'` (the `roadmap-kit/vite` plugin). A host
// adds `/// <reference types="roadmap-kit/vite-client" />` to a .d.ts, or lists
// "roadmap-kit/vite-client" in `compilerOptions.types`. No imports here: this stays a global script.

declare module '*?roadmap' {
  /** The validated roadmap model, parsed from the markdown file at build time. */
  const roadmap: import('../model/types.js').Roadmap;
  export default roadmap;
}
