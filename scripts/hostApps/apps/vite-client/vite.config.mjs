import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The development build (React's development code, unminified) is larger than Vite's 500 kB hint.
export default defineConfig({ plugins: [react()], logLevel: 'warn', build: { chunkSizeWarningLimit: 2000 } });
