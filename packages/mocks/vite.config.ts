import { defineConfig } from 'vite';
import { libraryConfig } from '../../vite.shared.ts';

export default defineConfig(libraryConfig({ dir: import.meta.dirname, entry: { index: 'src/index.ts' } }));
