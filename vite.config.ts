import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vite';
import { collectComponentStyles, collectStyles } from './scripts/collectStyles.js';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * Emits `styles.css`, one `styles/<component>.css` per styled component (for hosts that render only
 * that one) and `roadmap.schema.json`: components never import CSS (see STYLE.md §4).
 */
function emitAssets(): Plugin {
  return {
    name: 'roadmap-kit:emit-assets',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'styles.css', source: collectStyles(root) });
      for (const sheet of collectComponentStyles(root)) this.emitFile({ type: 'asset', fileName: `styles/${sheet.fileName}`, source: sheet.css });
      this.emitFile({
        type: 'asset',
        fileName: 'roadmap.schema.json',
        source: readFileSync(`${root}src/model/roadmap.schema.json`, 'utf8'),
      });
    },
  };
}

const dependencies = Object.keys(JSON.parse(readFileSync(`${root}package.json`, 'utf8')).dependencies ?? {});
const external = [/^react($|\/)/, /^react-dom($|\/)/, /^node:/, ...dependencies.map((name) => new RegExp(`^${name}($|/)`))];

export default defineConfig({
  plugins: [react(), emitAssets()],
  build: {
    target: 'es2022',
    minify: false,
    sourcemap: true,
    emptyOutDir: true,
    lib: {
      entry: {
        index: 'src/index.ts',
        headless: 'src/headless.ts',
        'markdown/index': 'src/markdown/index.ts',
        'cli/main': 'src/cli/main.ts',
        'vite/index': 'src/vite/index.ts',
      },
      formats: ['es'],
    },
    rolldownOptions: {
      external,
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
  },
});

