import { resolve } from 'node:path';
import { build } from 'esbuild';

const root = resolve(__dirname, '..');

async function bundle(code: string) {
  const result = await build({
    stdin: { contents: code, resolveDir: root, loader: 'ts' },
    bundle: true,
    write: false,
    metafile: true,
    outdir: '/tmp/roadmap-kit-entry-points-out',
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    external: ['react', 'react-dom', 'react/jsx-runtime', 'node:*'],
    loader: { '.css': 'css', '.json': 'json' },
    logLevel: 'silent',
  });
  return result;
}

/** Every file (source or dependency) a host's bundler would pull in for `code`. */
async function bundledInputs(code: string): Promise<string[]> {
  return Object.keys((await bundle(code)).metafile.inputs);
}

/**
 * The files whose code stays in the bundle after tree shaking: `bundledInputs` also lists every
 * module behind date-fns' barrel, used or not.
 */
async function keptInputs(code: string): Promise<string[]> {
  const outputs = Object.values((await bundle(code)).metafile.outputs);
  return outputs.flatMap((output) => Object.entries(output.inputs).filter(([, { bytesInOutput }]) => bytesInOutput > 0).map(([file]) => file));
}

/** The JavaScript a host's bundler would emit for `code`, after tree shaking. */
async function bundledCode(code: string): Promise<string> {
  return (await bundle(code)).outputFiles.filter((file) => file.path.endsWith('.js')).map((file) => file.text).join('');
}

/** Which of `strings` occur in `code`. */
function present(code: string, strings: string[]): string[] {
  return strings.filter((text) => code.includes(text));
}

describe('package entry points', () => {
  it('keeps roadmap-kit/headless free of framer-motion, Radix, CSS and components', async () => {
    const inputs = await bundledInputs("export * from './src/headless.ts';");
    expect(inputs.filter((file) => /framer-motion|motion-dom|@radix-ui|\.css$|src\/components\/|src\/theme\//.test(file))).toEqual([]);
  });

  it('keeps roadmap-kit/markdown free of React', async () => {
    const inputs = await bundledInputs("export * from './src/markdown/index.ts';");
    expect(inputs.filter((file) => /react|src\/hooks\/|src\/components\//.test(file))).toEqual([]);
  });

  it('keeps the markdown parser out of the main roadmap-kit entry', async () => {
    const inputs = await bundledInputs("export * from './src/index.ts';");
    expect(inputs.filter((file) => /markdown-it|linkify-it|mdast|micromark|src\/markdown\//.test(file))).toEqual([]);
    expect(inputs.some((file) => file.includes('src/components/StatusBadge/StatusBadge.tsx'))).toBe(true);
  });

  it('keeps date-fns `format` (all its formatters) and its locales out of both entries: formatDate and a lean en-US write the dates', async () => {
    for (const entry of ['index.ts', 'headless.ts']) {
      const kept = await keptInputs(`export * from './src/${entry}';`);
      expect(kept.filter((file) => /date-fns\/(format\.js|_lib\/format\/|locale\/)/.test(file))).toEqual([]);
      expect(kept.some((file) => file.includes('src/i18n/formatDate.ts'))).toBe(true);
      expect(kept.some((file) => file.includes('node_modules/date-fns/addMonths.js'))).toBe(true);
    }
  });

  it('marks every module that renders or uses React state as a client module, and no universal one', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const files = readdirSync(resolve(root, 'src'), { recursive: true, encoding: 'utf8' }).filter(
      (file) => /\.(ts|tsx)$/.test(file) && !/\.(test|stories)\.tsx?$|\.d\.ts$|test-utils/.test(file),
    );
    const source = (file: string) => readFileSync(resolve(root, 'src', file), 'utf8');
    // JSX, or a value (not type-only) import from React, makes a module client-only in RSC hosts.
    const usesReact = (file: string) => file.endsWith('.tsx') || /^import (?!type )[^;]*from 'react';/m.test(source(file));
    const isClient = (file: string) => source(file).startsWith("'use client';");
    expect(files.filter((file) => usesReact(file) && !isClient(file))).toEqual([]);
    const universal = files.filter((file) => /^(model|dates|markdown|cli|i18n)\//.test(file));
    expect(universal.filter(isClient)).toEqual([]);
  });

  it("bundles only the default labels a component shows, not every component's", async () => {
    const others = ['Search the roadmap', 'Release cadences', 'Success metrics', 'Target met', 'Progress of ', 'Unscheduled', 'Zoom'];
    const timeline = await bundledCode("export { Timeline } from './src/index.ts';");
    expect(present(timeline, ['Unscheduled', 'Next up', 'Today', 'In progress', 'This roadmap could not be shown'])).toHaveLength(5);
    expect(present(timeline, others)).toEqual(['Unscheduled', 'Zoom']);

    const calendar = await bundledCode("export { ReleaseCalendar } from './src/index.ts';");
    expect(present(calendar, ['Release cadences', 'Projected', 'Today', 'In progress', 'No releases'])).toHaveLength(5);
    expect(present(calendar, others)).toEqual(['Release cadences']);

    const gauge = await bundledCode("export { MetricGauge } from './src/index.ts';");
    expect(present(gauge, ['Target met', 'This metric could not be shown'])).toHaveLength(2);
    expect(present(gauge, [...others, 'In progress', 'Today'])).toEqual(['Target met']);

    // The headless entry still offers every default, for hosts that render their own.
    const headless = await bundledCode("export { defaultLabels } from './src/headless.ts';");
    expect(present(headless, others)).toEqual(others);
  });
});
