// React Server Components. An async server component (apps/rsc/Page.tsx) is rendered to the Flight
// payload in plain Node under the `react-server` condition, with react-server-dom-webpack's loader
// standing in for a bundler: every module that says 'use client' becomes a client reference. Proves
// a Server Component can import roadmap-kit and its headless API, and that the components cross the
// server/client boundary as client references instead of running on the server.
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { build } from 'esbuild';
import { hostFolder, runAsync } from './hostEnv.mjs';

const app = hostFolder('react-19', 'rsc');

/** The client references (`I` rows) of a Flight payload, with outlined strings (`"$3"`) resolved. */
function clientReferences(payload) {
  /** @type {Record<string, string>} */
  const rows = {};
  for (const line of payload.split('\n')) {
    const match = /^([0-9a-f]+):(.*)$/.exec(line);
    if (match) rows[match[1]] = match[2];
  }
  const value = (json) => {
    const parsed = JSON.parse(json);
    return typeof parsed === 'string' && /^\$[0-9a-f]+$/.test(parsed) ? value(rows[parsed.slice(1)]) : parsed;
  };
  return Object.values(rows)
    .filter((row) => row.startsWith('I['))
    .map((row) => {
      const [id, , name] = JSON.parse(row.slice(1));
      return { id: value(JSON.stringify(id)), name: value(JSON.stringify(name)) };
    });
}

test.describe.serial('rsc host', () => {
  let payload = '';

  test('bundle the server component page with esbuild (packages external)', async () => {
    const result = await build({
      absWorkingDir: app,
      entryPoints: [join(app, 'render.tsx')],
      outfile: join(app, 'render.mjs'),
      bundle: true,
      packages: 'external',
      platform: 'node',
      format: 'esm',
      jsx: 'automatic',
      logLevel: 'silent',
    });
    expect(result.warnings.map((warning) => warning.text)).toEqual([]);
  });

  test('render the Flight payload in Node under the react-server condition', async () => {
    const { stdout, stderr } = await runAsync('node', ['--conditions=react-server', '--disable-warning=ExperimentalWarning', '--import', './register.mjs', 'render.mjs'], app);
    const result = JSON.parse(stdout);
    expect(result.errors, 'render errors').toEqual([]);
    expect(stderr.trim(), 'stderr').toBe('');
    payload = result.payload;
  });

  test("RoadmapThemeProvider, RoadmapView arrive as client references ('use client' boundaries)", () => {
    const references = clientReferences(payload);
    for (const name of ['RoadmapThemeProvider', 'RoadmapView']) {
      expect(references.find((entry) => entry.name === name)?.id, `${name}'s client reference`).toContain('/roadmap-kit/dist/');
    }
  });

  test('validateRoadmap (headless) runs inside the server component', () => {
    expect(payload).toContain('3 phases, validated on the server');
  });
});
