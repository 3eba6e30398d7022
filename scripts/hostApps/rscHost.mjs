// Host 5: React Server Components. An async server component (apps/rsc/Page.tsx) is rendered to
// the Flight payload in plain Node under the `react-server` condition, with react-server-dom-webpack's
// loader standing in for a bundler: every module that says 'use client' becomes a client reference.
// Proves a Server Component can import roadmap-kit and its headless API, and that the components
// cross the server/client boundary as client references instead of running on the server.
import { join } from 'node:path';
import { build } from 'esbuild';
import { expectNoProblems } from './browser.mjs';
import { hostChecks, runAsync } from './hostSteps.mjs';

const CLIENT_COMPONENTS = ['RoadmapThemeProvider', 'RoadmapView'];

/**
 * The client references (`I` rows) of a Flight payload, with outlined strings (`"$3"`) resolved.
 * @param {string} payload
 * @returns {{ id: string, name: string }[]}
 */
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

/**
 * @param {{ host: string, folder: string }} options
 * @param {{ name: string, ok: boolean, detail?: string }[]} results
 */
export async function rscHost({ host, folder }, results) {
  const check = hostChecks(host, results);
  const app = join(folder, 'rsc');
  const bundled = await check('bundle the server component page with esbuild (packages external)', async () => {
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
    if (result.warnings.length > 0) throw new Error(result.warnings.map((warning) => warning.text).join('\n'));
  });
  if (!bundled) return;
  let payload = '';
  const rendered = await check('render the Flight payload in Node under the react-server condition', async () => {
    const { stdout, stderr } = await runAsync('node', ['--conditions=react-server', '--disable-warning=ExperimentalWarning', '--import', './register.mjs', 'render.mjs'], app);
    const result = JSON.parse(stdout);
    expectNoProblems([...result.errors, ...(stderr.trim() ? [`stderr: ${stderr}`] : [])]);
    payload = result.payload;
    return `${payload.length} bytes of payload, no render error`;
  });
  if (!rendered) return;
  await check(`${CLIENT_COMPONENTS.join(', ')} arrive as client references ('use client' boundaries)`, () => {
    const references = clientReferences(payload);
    for (const name of CLIENT_COMPONENTS) {
      const reference = references.find((entry) => entry.name === name);
      if (!reference?.id.includes('/roadmap-kit/dist/')) throw new Error(`${name} is not a client reference of roadmap-kit; references: ${JSON.stringify(references)}`);
    }
    return references.map((entry) => entry.id.replace(/.*\/roadmap-kit\/dist\//, '')).join(', ');
  });
  await check('validateRoadmap (headless) runs inside the server component', () => {
    if (!payload.includes('3 phases, validated on the server')) throw new Error(`the payload lacks the server-computed text:\n${payload.slice(0, 2000)}`);
  });
}
