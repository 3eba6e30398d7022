// The layers of src/, checked by `npm run layers` (a step of `npm test`). Lowest first:
//   model ← dates ← layout, i18n ← hooks ← theme, components
// A layer imports only from the layers below it. `markdown`, `vite` and `cli` sit beside them and
// never reach React: the CLI's `render` command loads its React page with a dynamic import, so the
// other commands run without React. Type-only imports count (`tsPreCompilationDeps`), and so do
// cycles made of them. Tests, stories, examples and test helpers are not part of the layers.

const REACT_PACKAGES = '^node_modules/(react|react-dom|framer-motion|@radix-ui)/';
const REACT_SIDE = `${REACT_PACKAGES}|^src/(hooks|theme|components)/`;

/** `from` may import nothing under `higher` (directories of src/). */
const layer = (name, from, higher) => ({
  name,
  comment: `${from} is below ${higher.join(', ')} and must not import from them`,
  severity: 'error',
  from: { path: `^src/${from}/` },
  to: { path: `^src/(${higher.join('|')})/` },
});

const ENTRY_SIDE = ['markdown', 'cli', 'vite'];

module.exports = {
  forbidden: [
    layer('model-is-the-lowest-layer', 'model', ['dates', 'layout', 'i18n', 'hooks', 'theme', 'components', ...ENTRY_SIDE]),
    layer('dates-below-layout', 'dates', ['layout', 'i18n', 'hooks', 'theme', 'components', ...ENTRY_SIDE]),
    layer('layout-below-hooks', 'layout', ['i18n', 'hooks', 'theme', 'components', ...ENTRY_SIDE]),
    layer('i18n-below-hooks', 'i18n', ['layout', 'hooks', 'theme', 'components', ...ENTRY_SIDE]),
    layer('hooks-below-components', 'hooks', ['theme', 'components', ...ENTRY_SIDE]),
    layer('theme-below-components', 'theme', ['components', ...ENTRY_SIDE]),
    layer('components-above-entries', 'components', ENTRY_SIDE),
    {
      name: 'markdown-and-vite-never-reach-react',
      comment: 'roadmap-kit/markdown and roadmap-kit/vite run in Node and at build time without React',
      severity: 'error',
      from: { path: '^src/(markdown|vite)/' },
      to: { path: REACT_SIDE, reachable: true },
    },
    {
      name: 'cli-never-imports-react',
      comment: 'only the render page (renderStaticPage, StaticRoadmapPage) may use React',
      severity: 'error',
      from: { path: '^src/cli/', pathNot: '^src/cli/(renderStaticPage|StaticRoadmapPage)\\.tsx$' },
      // The theme's tokens are plain types (the page's colour scheme), not the React provider.
      to: { path: REACT_SIDE, pathNot: '^src/theme/tokens\\.ts$' },
    },
    {
      name: 'cli-loads-the-render-page-lazily',
      comment: 'the React page is loaded with import(), so `inspect`, `convert` and `validate` never load React',
      severity: 'error',
      from: { path: '^src/cli/', pathNot: '^src/cli/(renderStaticPage|StaticRoadmapPage)\\.tsx$' },
      // `typeof import('./renderStaticPage.js')` names its type only, which loads nothing.
      to: { path: '^src/cli/(renderStaticPage|StaticRoadmapPage)\\.tsx$', dependencyTypesNot: ['dynamic-import', 'type-import'] },
    },
    {
      name: 'headless-entry-has-no-ui',
      comment: 'roadmap-kit/headless brings no CSS, framer-motion, Radix, theme or components',
      severity: 'error',
      from: { path: '^src/headless\\.ts$' },
      to: { path: '^node_modules/(framer-motion|@radix-ui)/|^src/(theme|components)/|\\.css$', reachable: true },
    },
    {
      name: 'no-circular',
      comment: 'no import cycles, type-only imports included',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.test\\.|\\.stories\\.|^src/test-utils/|^src/examples/' },
  },
};
