// How `roadmap-kit/markdown` scales: 1 MB of real roadmaps (documents from public repositories,
// repeated; see lib/realRoadmaps.mjs), 1 MB of the repo's own fixture roadmaps (denser than real
// ones: every fixture shows a pattern in a few lines), and families of hostile input at sizes n,
// 2n, 4n, 8n with the growth per doubling (time(2n) / time(n): about 2 when parsing is linear, 4
// when quadratic).
// Run after `npm run build`: `node bench/run.mjs parse`, or `node bench/parse.bench.mjs [family…]`.
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { readRoadmaps, realRoadmapsFolder } from './lib/realRoadmaps.mjs';

const NOW = { now: '2026-03-15' };
/** A size whose parse takes longer than this is not measured at the next doublings. */
const GIVE_UP_MS = 20_000;

/** Every `…Markdown` string exported by src/markdown/fixtures, in file order. */
export async function fixtureDocuments(root) {
  const folder = join(root, 'src/markdown/fixtures');
  const files = readdirSync(folder).filter((file) => file.endsWith('.ts')).sort();
  const contents = files.map((file, index) => `export * as f${index} from ${JSON.stringify(join(folder, file))};`).join('\n');
  const bundle = await build({ stdin: { contents, resolveDir: folder, loader: 'ts' }, bundle: true, format: 'esm', write: false, logLevel: 'silent' });
  const modules = await import(`data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`);
  return Object.values(modules).flatMap((module) => Object.entries(module).flatMap(([name, value]) => (name.endsWith('Markdown') && typeof value === 'string' ? [value] : [])));
}

/** Whole documents, one after another, until `bytes` are reached. */
function repeatedText(documents, bytes) {
  const parts = [];
  for (let size = 0, index = 0; size < bytes; index += 1) {
    const document = documents[index % documents.length];
    parts.push(document);
    size += document.length + 1;
  }
  return parts.join('\n');
}

const HEAD = '# T\n\n## v1.0 - Phase (Q1 2026)\n\n';

/** Each family: what it is, the base size n, and the input at size `n`. */
export function families(documents) {
  return [
    { family: 'fixture roadmaps, repeated', unit: 'bytes', n: 131_072, make: (n) => repeatedText(documents, n) },
    { family: 'a stray code fence before the roadmap', unit: 'bytes', n: 131_072, make: (n) => `\`\`\`\n${repeatedText(documents, n)}` },
    { family: 'a list nested by indentation (levels ~ √bytes)', unit: 'bytes', n: 280_000, make: (n) => nestedList(Math.round(Math.sqrt(n))) },
    { family: 'a list nested on one line (`- - - …`)', unit: 'levels', n: 2_500, make: (n) => `${HEAD}${'- '.repeat(n)}deep\n` },
    { family: '`> ` repeated on one line', unit: 'repeats', n: 1_500, make: (n) => `${'> '.repeat(n)}## v1.0 - Quoted\n` },
    { family: 'an item ending in `!.` repeated', unit: 'bytes', n: 12_500, make: (n) => `${HEAD}- Item ${'!.'.repeat(n / 2)}\n` },
    { family: 'a version heading ending in `,/` repeated', unit: 'bytes', n: 12_500, make: (n) => `# T\n\n## v1.0 ${',/'.repeat(n / 2)}\n\n- a\n` },
    { family: '`(target: ` repeated under a criteria heading', unit: 'bytes', n: 12_500, make: (n) => `${HEAD}### Success Criteria\n\n- ${'(target: '.repeat(n / 9)}\n` },
    { family: 'front matter `title: a` + spaces + `b`', unit: 'bytes', n: 25_000, make: (n) => `---\ntitle: a${' '.repeat(n)}b\n---\n${HEAD}- a\n` },
    { family: 'nested `*_` emphasis', unit: 'bytes', n: 12_000, make: (n) => `${HEAD}- ${'*_'.repeat(n / 4)}a${'_*'.repeat(n / 4)}\n` },
    { family: 'nested links', unit: 'bytes', n: 12_000, make: (n) => `${HEAD}- ${'['.repeat(n / 5)}a${'](u)'.repeat(n / 5)}\n` },
    { family: '`[a](` repeated', unit: 'bytes', n: 12_000, make: (n) => `${HEAD}- ${'[a]('.repeat(n / 4)}\n` },
    { family: 'a run of `*` before a word', unit: 'bytes', n: 12_500, make: (n) => `${HEAD}- ${'*'.repeat(n)}a\n` },
  ];
}

function nestedList(levels) {
  let text = HEAD;
  for (let level = 0; level < levels; level += 1) text += `${'  '.repeat(level)}- level ${level}\n`;
  return text;
}

/**
 * Time of `parseRoadmap` on `text`, the best of at least 5 runs (more until ~300 ms have passed, at
 * most 15): CPU time of this process (user + system), which a machine shared with other jobs
 * inflates far less than wall time, and the wall time of that run. Noise only ever adds time, so
 * the best run is the steadiest estimate for a growth ratio.
 */
function time(parseRoadmap, text) {
  let best = { cpu: Number.POSITIVE_INFINITY, wall: Number.POSITIVE_INFINITY };
  let total = 0;
  for (let run = 0; run < 15 && (run < 5 || total < 300); run += 1) {
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    const { roadmap } = parseRoadmap(text, NOW);
    const cpu = process.cpuUsage(cpuStart);
    const wall = performance.now() - start;
    if (!roadmap || !Array.isArray(roadmap.phases)) throw new Error('parseRoadmap gave no roadmap');
    const ms = (cpu.user + cpu.system) / 1000;
    if (ms < best.cpu) best = { cpu: ms, wall };
    total += wall;
    if (wall > GIVE_UP_MS) break;
  }
  return best;
}

const round = (value, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

function measureFamily(parseRoadmap, { family, unit, n, make }) {
  const sizes = [];
  for (const factor of [1, 2, 4, 8]) {
    const text = make(n * factor);
    const { cpu, wall } = time(parseRoadmap, text);
    sizes.push({ size: n * factor, bytes: text.length, ms: round(cpu), wallMs: round(wall) });
    if (wall > GIVE_UP_MS) break;
  }
  const growth = sizes.slice(1).map((entry, index) => round(entry.ms / Math.max(sizes[index].ms, 0.05), 2));
  // Per doubling of the bytes (the indented list's bytes grow with the square of its levels).
  const bytesGrowth = sizes.slice(1).map((entry, index) => round(entry.bytes / sizes[index].bytes, 2));
  return { family, unit, sizes, growthPerDoubling: growth, bytesGrowth, worstGrowth: Math.max(...growth) };
}

/** Headings per megabyte: how densely a text packs what the importer reads most slowly. */
function headingsPerMegabyte(text) {
  return Math.round((text.match(/^#{1,6} /gm) ?? []).length / (text.length / 1e6));
}

/** The time of one megabyte of `documents`, repeated, with what the import found in it. */
/**
 * parseRoadmap's first stage alone, the markdown tree (`markdownTree`: prepareSource, then
 * parseMarkdownTree, markdown-it's tokens turned into mdast), best CPU time of 10 runs: what is
 * left of the whole parse is the reading.
 */
function markdownTreeTime(markdownTree, text) {
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < 10; run += 1) {
    const start = process.cpuUsage();
    markdownTree(text);
    const cpu = process.cpuUsage(start);
    best = Math.min(best, (cpu.user + cpu.system) / 1000);
  }
  return round(best);
}

function timeMegabyte(parseRoadmap, markdownTree, documents, source) {
  const megabyte = repeatedText(documents, 1_000_000);
  const { cpu, wall } = time(parseRoadmap, megabyte);
  const markdownTreeMs = markdownTreeTime(markdownTree, megabyte);
  const { roadmap, diagnostics } = parseRoadmap(megabyte, NOW);
  return {
    source,
    documents: documents.length,
    bytes: megabyte.length,
    headingsPerMegabyte: headingsPerMegabyte(megabyte),
    bestMs: round(cpu),
    wallMs: round(wall),
    markdownTreeMs,
    mbPerSecond: round(megabyte.length / 1e6 / (cpu / 1000), 2),
    phases: roadmap.phases.length,
    items: roadmap.phases.reduce((count, phase) => count + phase.groups.reduce((sum, group) => sum + group.items.length, 0), 0),
    diagnostics: diagnostics.length,
  };
}

export async function run({ root, only = [] }) {
  const { parseRoadmap } = await import(pathToFileURL(join(root, 'dist/markdown/index.js')).href);
  const { prepareSource } = await import(pathToFileURL(join(root, 'dist/markdown/prepareSource.js')).href);
  const { parseMarkdownTree } = await import(pathToFileURL(join(root, 'dist/markdown/parseMarkdownTree.js')).href);
  const markdownTree = (text) => parseMarkdownTree(prepareSource(text));
  const documents = await fixtureDocuments(root);
  // Warm up the JIT on a small roadmap so the first measurement is not a compile measurement.
  time(parseRoadmap, repeatedText(documents, 50_000));

  const folder = realRoadmapsFolder(root);
  const fixtureText = timeMegabyte(parseRoadmap, markdownTree, documents, 'the repo\'s fixture roadmaps (src/markdown/fixtures)');
  // Without a folder of real roadmaps (a clone has none), the fixtures stand in, and say so.
  const realText = folder ? timeMegabyte(parseRoadmap, markdownTree, readRoadmaps(folder), relative(root, folder)) : fixtureText;
  const selected = families(documents).filter((entry) => only.length === 0 || only.some((name) => entry.family.includes(name)));
  const growth = selected.map((entry) => measureFamily(parseRoadmap, entry));
  return {
    realText,
    fixtureText,
    growth,
    // The largest time(2n)/time(n) over every family: about 2 when everything is linear.
    worstGrowthPerDoubling: Math.max(...growth.map((entry) => entry.worstGrowth)),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await run({ root: fileURLToPath(new URL('..', import.meta.url)), only: process.argv.slice(2) });
  for (const [what, text] of [['real roadmaps', result.realText], ['fixture roadmaps', result.fixtureText]]) {
    process.stdout.write(`1 MB of ${what} (${text.source}, ${text.headingsPerMegabyte} headings/MB): ${text.bestMs} ms CPU, ${text.wallMs} ms wall (${text.mbPerSecond} MB/s); its markdown tree stage: ${text.markdownTreeMs} ms CPU\n`);
  }
  for (const entry of result.growth) {
    process.stdout.write(`${entry.family}: ${entry.sizes.map((size) => `${size.size}→${size.ms} ms`).join(', ')} (CPU); growth ${entry.growthPerDoubling.join(', ')}\n`);
  }
}
