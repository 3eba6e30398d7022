// Preloaded (`node --import`) into dependency-cruiser. It parses TypeScript with the `typescript`
// package's compiler API, which TypeScript 7 (the repo's compiler) no longer has, and its own swc
// parser cannot read TSX. API Extractor, already a dev dependency, pins TypeScript 6 with that API,
// so `typescript` imported from dependency-cruiser resolves to API Extractor's copy. Nothing else
// in the process is redirected.
import Module, { createRequire, register } from 'node:module';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const typescript6 = createRequire(require.resolve('@microsoft/api-extractor')).resolve('typescript/package.json');
const fromDependencyCruiser = (parent) => typeof parent === 'string' && parent.includes('/node_modules/dependency-cruiser/');

// CommonJS: dependency-cruiser reads `typescript/package.json` with `require` to check the version.
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, parent, ...rest) {
  if ((request === 'typescript' || request.startsWith('typescript/')) && fromDependencyCruiser(parent?.filename)) {
    return resolveFilename.call(this, request, { ...parent, paths: [typescript6.replace(/\/typescript\/package\.json$/, '')] }, ...rest);
  }
  return resolveFilename.call(this, request, parent, ...rest);
};

// ES modules: dependency-cruiser loads the compiler with `import('typescript')`.
register(
  `data:text/javascript,${encodeURIComponent(`
    export async function resolve(specifier, context, next) {
      if (specifier === 'typescript' && (context.parentURL ?? '').includes('/node_modules/dependency-cruiser/'))
        return next(${JSON.stringify(pathToFileURL(typescript6.replace(/package\.json$/, 'lib/typescript.js')).href)}, context);
      return next(specifier, context);
    }`)}`,
);
