import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { sourceResolve } from '../../vite.shared.ts';

export default defineConfig({
  ...sourceResolve,
  plugins: [react()],
  // Workspace packages are served from source, so Vite would find their dependencies only on
  // first use and reload the page; name them up front.
  optimizeDeps: {
    include: ['@pps-kit/api-client > valibot', '@pps-kit/mocks > saxes', 'msw', 'msw/browser'],
  },
  // Relative asset paths: the built demo works from any folder of any static file server.
  base: './',
  build: { outDir: 'dist', sourcemap: true },
  // The built demo is served, and tested end to end, under the strict policy EPJ hosts run.
  preview: { headers: { 'Content-Security-Policy': "default-src 'self'" } },
});
