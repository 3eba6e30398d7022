import react from '@vitejs/plugin-react';
import { roadmap } from 'roadmap-kit/vite';
import { defineConfig } from 'vite';

export default defineConfig({ plugins: [react(), roadmap()], logLevel: 'warn' });
