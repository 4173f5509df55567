/** Production build of the load benchmark page (`bench/load/run.mjs` builds and serves it). */
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { sourceResolve } from '../../vite.shared.ts';

export default defineConfig({
  ...sourceResolve,
  root: import.meta.dirname,
  publicDir: path.join(import.meta.dirname, '../../.storybook/public'), // mockServiceWorker.js
  plugins: [react()],
  logLevel: 'warn',
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022' },
});
