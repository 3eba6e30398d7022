// Parse throughput of `roadmap-kit/markdown` on generated roadmaps, and how time scales with size.
// Run after `npm run build`: `node bench/run.mjs parse`.

const STATUSES = ['✅ COMPLETED', '🚧 IN PROGRESS', '📅', '', ''];
const GROUPS = ['Security', 'Observability', 'Developer Experience', 'Integrations', 'Performance'];

/** One release section in a style the seeds use: version, quarter, status, key–values, groups, checkboxes. */
function release(index) {
  const year = 2025 + Math.floor(index / 4);
  const quarter = (index % 4) + 1;
  const lines = [`### v${Math.floor(index / 10)}.${index % 10}.0 - Release ${index} (Q${quarter} ${year}) ${STATUSES[index % STATUSES.length]}`, ''];
  lines.push(`**Target Date**: ${['March', 'June', 'September', 'December'][quarter - 1]} ${year}  `, `**Focus**: Theme number ${index}`, '');
  for (const [offset, group] of GROUPS.entries()) {
    lines.push(`#### ${group}`);
    for (let item = 0; item < 4; item += 1) {
      const done = (index + offset + item) % 3 === 0;
      lines.push(`- [${done ? 'x' : ' '}] **Feature ${index}.${offset}.${item}**: Detail text for the feature with a [link](https://example.com/${index}/${item})`);
    }
    lines.push('');
  }
  lines.push('**Success Criteria**:', `- <${100 + index}ms p95 latency`, `- ${index + 10},000+ requests/second`, '- Comprehensive documentation', '', '---', '');
  return lines.join('\n');
}

/** A roadmap of at least `bytes` bytes. */
function generateRoadmap(bytes) {
  const parts = ['# Generated Roadmap', '', 'A roadmap generated for the parse benchmark.', '', '## Upcoming Releases', ''];
  let size = parts.join('\n').length;
  for (let index = 0; size < bytes; index += 1) {
    const section = release(index);
    parts.push(section);
    size += section.length + 1;
  }
  parts.push('## Release Schedule', '', '- **Minor Releases**: Every 2 months', '- **Patch Releases**: As needed', '');
  return parts.join('\n');
}

function time(parseRoadmap, text, runs) {
  const samples = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    const { roadmap } = parseRoadmap(text, { now: '2026-03-15' });
    samples.push(performance.now() - start);
    if (roadmap.phases.length === 0) throw new Error('the generated roadmap gave no phases');
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

export async function run({ root }) {
  const { parseRoadmap } = await import(`${root}/dist/markdown/index.js`);
  // Warm up the JIT on a small roadmap so the first measurement is not a compile measurement.
  time(parseRoadmap, generateRoadmap(50_000), 3);

  const megabyte = generateRoadmap(1_000_000);
  const throughputMs = time(parseRoadmap, megabyte, 5);
  const { roadmap, diagnostics } = parseRoadmap(megabyte, { now: '2026-03-15' });

  const scaling = [];
  for (const [label, bytes, runs] of [['10 KB', 10_000, 9], ['100 KB', 100_000, 5], ['1 MB', 1_000_000, 3], ['10 MB', 10_000_000, 1]]) {
    const text = generateRoadmap(bytes);
    const ms = time(parseRoadmap, text, runs);
    scaling.push({ size: label, bytes: text.length, ms: Math.round(ms * 10) / 10, mbPerSecond: Math.round((text.length / 1e6 / (ms / 1000)) * 100) / 100 });
  }
  const first = scaling[0];
  const last = scaling[scaling.length - 1];
  return {
    throughput: {
      bytes: megabyte.length,
      medianMs: Math.round(throughputMs * 10) / 10,
      mbPerSecond: Math.round((megabyte.length / 1e6 / (throughputMs / 1000)) * 100) / 100,
      phases: roadmap.phases.length,
      items: roadmap.phases.reduce((count, phase) => count + phase.groups.reduce((sum, group) => sum + group.items.length, 0), 0),
      diagnostics: diagnostics.length,
    },
    scaling,
    // Time per byte at 10 MB over time per byte at 10 KB: about 1 when parsing is linear.
    perByteRatio10MbTo10Kb: Math.round(((last.ms / last.bytes) / (first.ms / first.bytes)) * 100) / 100,
  };
}
