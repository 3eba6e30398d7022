// Issue #14's hostile inputs against the built package: how long the far-date reproducers take to
// render on the server, and how much of a 50 MB input the CLI reads before refusing it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

function timed(action) {
  const started = performance.now();
  const value = action();
  return { value, ms: Math.round((performance.now() - started) * 10) / 10 };
}

async function renderReproducers(root) {
  const { createElement: h } = await import('react');
  const { renderToString } = await import('react-dom/server');
  const { Timeline, ReleaseCalendar } = await import(pathToFileURL(`${root}/dist/index.js`).href);
  const far = { title: 'T', phases: [{ title: 'a', when: { start: '2026-01-01', end: '9999-12-31', precision: 'day' } }] };
  const results = {};
  for (const zoom of ['month', 'quarter', 'year']) {
    const { value: html, ms } = timed(() => renderToString(h(Timeline, { now: '2026-03-01', roadmap: far, orientation: 'horizontal', zoom })));
    results[`timelineTo9999_${zoom}`] = { ms, ticks: html.match(/class="rk-timeline__tick"/g)?.length ?? 0 };
  }
  results.timelineTo9999_vertical = { ms: timed(() => renderToString(h(Timeline, { now: '2026-03-01', roadmap: far }))).ms };
  const cadences = [{ label: 'Eons', every: { count: 100_000, unit: 'year' } }];
  results.calendarNow9999 = { ms: timed(() => renderToString(h(ReleaseCalendar, { now: '9999-12-31', roadmap: { ...far, cadences }, showProjected: true }))).ms };
  return results;
}

async function refuseLargeInput(root) {
  const { runCli } = await import(pathToFileURL(`${root}/dist/cli/runCli.js`).href);
  const { createNodeIo } = await import(pathToFileURL(`${root}/dist/cli/cliIo.js`).href);
  const dir = mkdtempSync(join(tmpdir(), 'roadmap-kit-hostile-'));
  const file = join(dir, 'huge.md');
  const fileBytes = 50 * 1024 * 1024;
  writeFileSync(file, `# Huge\n\n${'- item\n'.repeat(fileBytes / 7)}`);
  const node = createNodeIo();
  let bytesRead = 0;
  const io = {
    ...node,
    stdout: () => {},
    stderr: () => {},
    async *openInput(path) {
      for await (const chunk of node.openInput(path)) {
        bytesRead += chunk.byteLength;
        yield chunk;
      }
    },
  };
  const started = performance.now();
  const exitCode = await runCli(['inspect', file], io);
  const ms = Math.round(performance.now() - started);
  rmSync(dir, { recursive: true, force: true });
  return { fileBytes, bytesRead, exitCode, ms };
}

export async function run({ root }) {
  return { render: await renderReproducers(root), cli50MB: await refuseLargeInput(root) };
}
