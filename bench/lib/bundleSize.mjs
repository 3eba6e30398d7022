// Size of an import as a host bundles it: esbuild, minified, production React defines, react and
// react-dom external (the host has them anyway), every other dependency and the CSS included.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/**
 * @param {{ root: string, code: string, name?: string }} options
 *   `code` is an entry module, e.g. `import { Timeline } from 'roadmap-kit'; export { Timeline };`.
 *   Bare `roadmap-kit` imports resolve to the built package in `root/dist` through its exports map.
 * @returns {Promise<{ jsBytes: number, cssBytes: number, gzipBytes: number, jsGzipBytes: number, cssGzipBytes: number }>}
 */
export async function measureBundle({ root, code }) {
  const result = await build({
    stdin: { contents: code, resolveDir: root, loader: 'jsx', sourcefile: 'host-entry.jsx' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    outdir: '/tmp/roadmap-kit-bench-out',
    external: ['react', 'react-dom', 'react/jsx-runtime', 'react-dom/client', 'react/jsx-dev-runtime'],
    define: { 'process.env.NODE_ENV': '"production"' },
    loader: { '.css': 'css', '.svg': 'dataurl', '.png': 'dataurl', '.woff2': 'dataurl' },
    logLevel: 'silent',
  });
  let js = '';
  let css = '';
  for (const file of result.outputFiles) {
    if (file.path.endsWith('.js')) js += file.text;
    else if (file.path.endsWith('.css')) css += file.text;
  }
  const jsGzipBytes = gzipSync(js, { level: 9 }).length;
  const cssGzipBytes = css ? gzipSync(css, { level: 9 }).length : 0;
  return { jsBytes: Buffer.byteLength(js), cssBytes: Buffer.byteLength(css), jsGzipBytes, cssGzipBytes, gzipBytes: jsGzipBytes + cssGzipBytes };
}
