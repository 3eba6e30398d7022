// `npm run bench`: runs every bench/*.bench.mjs (or those named on the command line) against the
// built package and writes one JSON file per benchmark plus bench/results/all.json.
// Each module exports `run({ root })` returning plain JSON data; comparisons with peer libraries are
// made inside one module, in the same run, and reported as ratios.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const benchDir = dirname(fileURLToPath(import.meta.url));
const root = dirname(benchDir);
const resultsDir = join(benchDir, 'results');
const wanted = process.argv.slice(2);
const files = readdirSync(benchDir)
  .filter((file) => file.endsWith('.bench.mjs'))
  .filter((file) => wanted.length === 0 || wanted.includes(file.replace('.bench.mjs', '')))
  .sort();

mkdirSync(resultsDir, { recursive: true });
// Running a subset (`node bench/run.mjs gauge`) updates those entries and keeps the others.
const allFile = join(resultsDir, 'all.json');
const previous = wanted.length > 0 && existsSync(allFile) ? JSON.parse(readFileSync(allFile, 'utf8')).results : {};
const all = { machine: { cores: (await import('node:os')).cpus().length, node: process.version }, date: new Date().toISOString(), results: { ...previous } };
for (const file of files) {
  const name = file.replace('.bench.mjs', '');
  process.stderr.write(`bench ${name}…\n`);
  const { run } = await import(pathToFileURL(join(benchDir, file)).href);
  const result = await run({ root });
  all.results[name] = result;
  writeFileSync(join(resultsDir, `${name}.json`), `${JSON.stringify(result, null, 2)}\n`);
}
writeFileSync(allFile, `${JSON.stringify(all, null, 2)}\n`);
process.stdout.write(`${JSON.stringify(all, null, 2)}\n`);
