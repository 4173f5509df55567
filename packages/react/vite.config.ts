import react from '@vitejs/plugin-react';
import { defineConfig, mergeConfig } from 'vite';
import { libraryConfig } from '../../vite.shared.ts';

export default defineConfig(
  mergeConfig(
    libraryConfig({ dir: import.meta.dirname, entry: { index: 'src/index.ts' }, cssFileName: 'styles' }),
    { plugins: [react()] },
  ),
);
