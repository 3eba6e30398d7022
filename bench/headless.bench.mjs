// Size of roadmap-kit/headless as a host bundles it, and validateRoadmap's speed on 50,000 phases.
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { measureBundle } from './lib/bundleSize.mjs';

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

export async function run({ root }) {
  const everything = await measureBundle({ root, code: "export * from 'roadmap-kit/headless';" });
  const validateOnly = await measureBundle({ root, code: "export { validateRoadmap } from 'roadmap-kit/headless';" });
  const { validateRoadmap } = await import(pathToFileURL(`${root}/dist/headless.js`).href);
  const input = {
    title: 'Big',
    phases: Array.from({ length: 50_000 }, (_, index) => ({
      title: `Phase ${index}`,
      version: `v${index}.0.0`,
      when: { start: '2026-01-01', end: '2026-03-31', precision: 'quarter' },
      groups: [{ items: [{ title: 'Item', status: 'done' }, { title: 'Other' }] }],
    })),
  };
  const timings = [];
  for (let round = 0; round < 5; round += 1) {
    const started = performance.now();
    const result = validateRoadmap(input);
    timings.push(performance.now() - started);
    if (!result.ok) throw new Error('the generated roadmap should be valid');
  }
  return {
    headlessEntryGzipBytes: everything.gzipBytes,
    validateRoadmapOnlyGzipBytes: validateOnly.gzipBytes,
    validate50000PhasesMs: { median: Math.round(median(timings)), runs: timings.map((t) => Math.round(t)) },
  };
}
