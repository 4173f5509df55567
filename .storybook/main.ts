import type { StorybookConfig } from '@storybook/react-vite';
import { defaultClientConditions } from 'vite';

/** Same condition as vite.shared.ts: workspace packages resolve to their sources. */
const SOURCE_CONDITION = '@pps-kit/source';

const config: StorybookConfig = {
  stories: ['./docs/*.mdx', '../packages/react/src/**/*.stories.@(ts|tsx)'],
  addons: [
    'msw-storybook-addon',
    '@storybook/addon-docs',
    '@storybook/addon-a11y',
    '@storybook/addon-vitest',
  ],
  framework: { name: '@storybook/react-vite', options: {} },
  staticDirs: ['./public'], // mockServiceWorker.js, kept current by msw's postinstall
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  viteFinal(viteConfig) {
    // Resolve workspace packages to their sources, as the demo and the tests do.
    const conditions = viteConfig.resolve?.conditions ?? defaultClientConditions;
    viteConfig.resolve = {
      ...viteConfig.resolve,
      conditions: [SOURCE_CONDITION, ...conditions.filter((c) => c !== SOURCE_CONDITION)],
    };
    // Never let a library's .d.ts plugin write into storybook-static/.
    viteConfig.plugins = (viteConfig.plugins ?? [])
      .flat()
      .filter(
        (plugin) => !(plugin && typeof plugin === 'object' && 'name' in plugin && plugin.name === 'vite:dts'),
      );
    return viteConfig;
  },
};

export default config;
