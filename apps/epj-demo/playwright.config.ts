/**
 * End-to-end tests of the built demo in Debian's Chromium (never a downloaded browser): every flow
 * with the mouse and again keyboard-only, axe on every screen, screenshots kept in test-results/.
 */
import { defineConfig } from '@playwright/test';

const PORT = 4173;

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    viewport: { width: 1400, height: 1000 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
    screenshot: 'on',
    trace: 'retain-on-failure',
  },
  // The demo as evaluators get it: built to static files, served by a plain static server.
  webServer: {
    command: `pnpm run build && pnpm run preview`,
    url: `http://127.0.0.1:${PORT}`,
    // Always the demo as built now, never a server left running with an older build.
    reuseExistingServer: false,
    timeout: 180_000,
  },
});
