import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react(), tailwindcss()],
  logLevel: 'warn',
  build: { rolldownOptions: { input: ['index.html', 'plain.html', 'unordered.html', 'jsfirst.html'] } },
});
