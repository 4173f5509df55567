/**
 * Build and resolve settings shared by the packages, the demo, Storybook and Vitest.
 *
 * In development every workspace package resolves to its TypeScript sources through the
 * `@pps-kit/source` export condition (mirrored by `customConditions` in tsconfig.base.json),
 * so nothing needs a prebuild. Published files come from each package's `dist/`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { defaultClientConditions, defaultServerConditions, type UserConfig } from 'vite';
import dts from 'vite-plugin-dts';

const SOURCE_CONDITION = '@pps-kit/source';

/** Resolve workspace packages to their sources, in the browser and in Node (SSR, Vitest). */
export const sourceResolve = {
  resolve: { conditions: [SOURCE_CONDITION, ...defaultClientConditions] },
  ssr: { resolve: { conditions: [SOURCE_CONDITION, ...defaultServerConditions] } },
} satisfies UserConfig;

interface LibraryOptions {
  /** The package folder (pass `import.meta.dirname`). */
  dir: string;
  /** Entry points, keyed by output file name. */
  entry: Record<string, string>;
  /** File name of the extracted stylesheet, for packages that ship CSS. */
  cssFileName?: string;
}

/** ESM library build with bundled `.d.ts`, every dependency and peer left external. */
export function libraryConfig({ dir, entry, cssFileName }: LibraryOptions): UserConfig {
  const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
    peerDependencies?: Record<string, string>;
  };
  const externals = Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies });
  const isExternal = (id: string) =>
    id.startsWith('node:') || externals.some((name) => id === name || id.startsWith(`${name}/`));
  return {
    ...sourceResolve,
    plugins: [
      dts({
        tsconfigPath: path.join(dir, 'tsconfig.build.json'),
        rollupTypes: true,
        exclude: ['**/*.test.ts', '**/*.test.tsx', '**/*.stories.tsx'],
      }),
    ],
    build: {
      lib: {
        entry: Object.fromEntries(Object.entries(entry).map(([name, file]) => [name, path.join(dir, file)])),
        formats: ['es'],
        ...(cssFileName ? { cssFileName } : {}),
      },
      rollupOptions: { external: isExternal },
      outDir: path.join(dir, 'dist'),
      emptyOutDir: true,
      sourcemap: true,
      minify: false,
      // The stylesheet ships minified (the JS stays readable: hosts' bundlers minify it).
      cssMinify: true,
      copyPublicDir: false, // never ship public/mockServiceWorker.js in dist/
      target: 'es2022',
    },
  };
}
