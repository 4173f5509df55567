/**
 * One bundle with React, TanStack Query and pps-kit inside (a host needs nothing else): ESM
 * (`pps-elements.js`) and a classic script (`pps-elements.iife.js`, for file:// pages and hosts
 * without modules), the host-proof stylesheet (`pps-elements.css`) and the hand-written types.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { sourceResolve } from '../../vite.shared.ts';

const dir = import.meta.dirname;

function declarations(): Plugin {
  return {
    name: 'pps-elements-declarations',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'pps-elements.d.ts',
        source: readFileSync(path.join(dir, 'src/pps-elements.d.ts'), 'utf8'),
      });
    },
  };
}

export default defineConfig({
  ...sourceResolve,
  plugins: [react(), declarations()],
  // The report-page worker ships beside the script (assets/) and is found relative to it. The
  // classic script cannot know its own URL that way: it reads every page on the main thread.
  base: './',
  worker: { format: 'es' },
  // React's production build, whatever NODE_ENV the host's tools have.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    lib: {
      entry: path.join(dir, 'src/index.ts'),
      name: 'PpsElements',
      formats: ['es', 'iife'],
      fileName: (format) => (format === 'es' ? 'pps-elements.js' : 'pps-elements.iife.js'),
      cssFileName: 'pps-elements',
    },
    outDir: path.join(dir, 'dist'),
    emptyOutDir: true,
    sourcemap: true,
    minify: true,
    copyPublicDir: false,
    target: 'es2022',
    // One file each, every locale inside: nynorsk and English, which @pps-kit/react loads on
    // demand, need no chunk beside the script.
    rollupOptions: { output: { inlineDynamicImports: true } },
  },
});
