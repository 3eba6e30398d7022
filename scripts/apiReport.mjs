// The public API report: API Extractor reads the built .d.ts of each typed entry point and writes
// what it exports to etc/<entry>.api.md. `npm test` runs it in check mode, which fails when the
// surface changed and the committed report was not updated, so every change to a public name,
// type or signature is a visible diff. `npm run api:update` rewrites the reports after a build.
// API Extractor bundles its own TypeScript (6.x) and so works although the repo compiles with
// TypeScript 7, which has no compiler API. `roadmap-kit/vite-client` is left out: it is a global
// script with one `declare module '*?roadmap'`, not a module API Extractor can read.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CompilerState, Extractor, ExtractorConfig } from '@microsoft/api-extractor';

const root = dirname(dirname(fileURLToPath(import.meta.url)));

/** Entry point (as in package.json "exports") → its built declaration file and report name. */
export const API_ENTRIES = [
  { entry: 'roadmap-kit', dts: 'dist/index.d.ts', report: 'roadmap-kit.api.md' },
  { entry: 'roadmap-kit/headless', dts: 'dist/headless.d.ts', report: 'roadmap-kit-headless.api.md' },
  { entry: 'roadmap-kit/markdown', dts: 'dist/markdown/index.d.ts', report: 'roadmap-kit-markdown.api.md' },
  { entry: 'roadmap-kit/vite', dts: 'dist/vite/index.d.ts', report: 'roadmap-kit-vite.api.md' },
];

function configFor({ dts, report }) {
  return ExtractorConfig.prepare({
    configObjectFullPath: join(root, 'api-extractor.json'),
    packageJsonFullPath: join(root, 'package.json'),
    configObject: {
      projectFolder: root,
      mainEntryPointFilePath: join(root, dts),
      compiler: {
        overrideTsconfig: {
          compilerOptions: {
            target: 'ES2022',
            module: 'ESNext',
            moduleResolution: 'Bundler',
            jsx: 'react-jsx',
            lib: ['ES2023', 'DOM', 'DOM.Iterable'],
            types: ['node'],
            strict: true,
            skipLibCheck: true,
          },
          include: [join(root, 'dist')],
        },
      },
      apiReport: {
        enabled: true,
        reportFolder: join(root, 'etc'),
        reportTempFolder: join(root, 'node_modules/.cache/api-report'),
        reportFileName: report,
      },
      docModel: { enabled: false },
      dtsRollup: { enabled: false },
      tsdocMetadata: { enabled: false },
      messages: {
        // No @public/@beta tags in this library: every exported name is public.
        extractorMessageReporting: {
          'ae-missing-release-tag': { logLevel: 'none', addToApiReportFile: false },
          // A public signature naming a type the entry does not export shows as a warning line in
          // the report (so a new one is a diff too); the list there is what is left to export.
          'ae-forgotten-export': { logLevel: 'none', addToApiReportFile: true },
        },
        tsdocMessageReporting: { default: { logLevel: 'none', addToApiReportFile: false } },
        compilerMessageReporting: { default: { logLevel: 'warning' } },
      },
    },
  });
}

/**
 * Runs API Extractor on every entry. With `update`, rewrites changed reports; without it, a changed
 * surface is an error. Returns one result per entry.
 */
export function apiReport({ update = false } = {}) {
  // One TypeScript program over all the entries' declarations, shared by the four runs: the .d.ts
  // files are parsed and bound once instead of once per entry.
  let compilerState;
  return API_ENTRIES.map((spec) => {
    let result;
    try {
      const config = configFor(spec);
      compilerState ??= CompilerState.create(config, { additionalEntryPoints: API_ENTRIES.map((entry) => join(root, entry.dts)) });
      result = Extractor.invoke(config, { localBuild: update, showVerboseMessages: false, compilerState });
    } catch (error) {
      // A declaration API Extractor cannot follow (a missing file, a broken build) throws.
      return { name: spec.entry, ok: false, detail: String(error?.message ?? error).split('\n')[0], errors: 1, warnings: 0 };
    }
    const changed = result.apiReportChanged;
    const ok = result.succeeded && (update || !changed);
    const detail = changed
      ? update
        ? `etc/${spec.report} updated`
        : `etc/${spec.report} is out of date: run \`npm run build && npm run api:update\` and commit the diff`
      : '';
    return { name: spec.entry, ok, detail, errors: result.errorCount, warnings: result.warningCount };
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const results = apiReport({ update: process.argv.includes('--update') });
  for (const r of results) process.stdout.write(`${r.ok ? '✓' : '✗'} API report: ${r.name}${r.detail ? ` — ${r.detail}` : ''}\n`);
  process.exitCode = results.every((r) => r.ok) ? 0 : 1;
}
