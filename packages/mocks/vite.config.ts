import { defineConfig } from 'vite';
import { libraryConfig } from '../../vite.shared.ts';

export default defineConfig(
  libraryConfig({
    dir: import.meta.dirname,
    entry: {
      index: 'src/index.ts',
      browser: 'src/browser.ts',
      node: 'src/node.ts',
      server: 'src/server.ts',
      cli: 'src/cli.ts',
    },
  }),
);
