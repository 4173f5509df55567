import { defineConfig, mergeConfig } from 'vite';
import { libraryConfig } from '../../vite.shared.ts';

export default defineConfig(
  mergeConfig(libraryConfig({ dir: import.meta.dirname, entry: { index: 'src/index.ts' } }), {
    // One file per module, so that a host's bundler drops the modules it does not use (the PTS
    // and PaRek clients, the schemas) as it drops unused exports: one file keeps their top-level code.
    build: { rollupOptions: { output: { preserveModules: true, preserveModulesRoot: 'src' } } },
  }),
);
