import react from '@vitejs/plugin-react';
import { defineConfig, mergeConfig } from 'vite';
import { libraryConfig } from '../../vite.shared.ts';

export default defineConfig(
  mergeConfig(
    libraryConfig({ dir: import.meta.dirname, entry: { index: 'src/index.ts' }, cssFileName: 'styles' }),
    {
      plugins: [react()],
      // Every export is a client component or hook: the directive opens the built file, so a
      // server component can import pps-kit (the bundler drops the per-module directives).
      build: { rollupOptions: { output: { banner: "'use client';" } } },
    },
  ),
);
