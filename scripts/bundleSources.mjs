// Which modules an import pulls as a host bundles it (react external), largest first, from an
// esbuild metafile: `node scripts/bundleSources.mjs MetricGauge` after `npm run build`.
import { build } from 'esbuild';

const name = process.argv[2] ?? 'MetricGauge';
const result = await build({
  stdin: { contents: `export { ${name} } from 'roadmap-kit';`, resolveDir: process.cwd(), loader: 'js' },
  bundle: true,
  minify: true,
  format: 'esm',
  write: false,
  metafile: true,
  outdir: '/tmp/roadmap-kit-sources-out',
  external: ['react', 'react-dom', 'react/jsx-runtime'],
  define: { 'process.env.NODE_ENV': '"production"' },
  loader: { '.css': 'css' },
  logLevel: 'silent',
});
const bytes = new Map();
for (const output of Object.values(result.metafile.outputs)) {
  for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
    const key = input.replace(/^.*node_modules\//, '').replace(/^([^/]+(?:\/[^/]+)?)\/.*$/, (all, pkg) => (input.includes('node_modules') ? pkg : all));
    bytes.set(key, (bytes.get(key) ?? 0) + bytesInOutput);
  }
}
for (const [input, size] of [...bytes].sort((a, b) => b[1] - a[1])) if (size > 0) console.log(String(size).padStart(8), input);
