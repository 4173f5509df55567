import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { sourceResolve } from '../../vite.shared.ts';

export default defineConfig({
  ...sourceResolve,
  plugins: [react()],
  // Relative asset paths: the built demo works from any folder of any static file server.
  base: './',
  build: { outDir: 'dist', sourcemap: true },
});
