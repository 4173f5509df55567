/**
 * The Next.js host in Debian's Chromium: built for production, started, then checked for its
 * server-rendered HTML, a hydration without errors, and the views filled from the mock backend.
 */
import { defineConfig } from '@playwright/test';

const PORT = 4190;

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  timeout: 90_000,
  expect: { timeout: 20_000 },
  workers: 1,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
      ],
    },
    trace: 'retain-on-failure',
  },
  webServer: {
    command: 'pnpm run build && pnpm run start',
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: false,
    timeout: 300_000,
  },
});
