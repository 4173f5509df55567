/**
 * Render benchmark: builds bench/render (production React), serves it, opens it in Debian's
 * headless Chromium and prints the medians. Run with `pnpm bench` (or `node bench/render/run.mjs`).
 */
import path from 'node:path';
import { chromium } from 'playwright';
import { build, preview } from 'vite';

const root = import.meta.dirname;
const configFile = path.join(root, 'vite.config.ts');
await build({ configFile });
const server = await preview({ configFile, preview: { port: 0, host: '127.0.0.1' } });
const url = server.resolvedUrls?.local[0];
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(url);
  const handle = await page.waitForFunction(() => window.benchResult, undefined, { timeout: 300_000 });
  const results = await handle.jsonValue();
  if (!Array.isArray(results)) throw new Error(`The render benchmark failed: ${results.error}`);
  // An empty grid would be fast and wrong.
  for (const r of results) {
    if (r.nodes < 100) throw new Error(`${r.component} at ${r.size} rendered only ${r.nodes} nodes`);
  }
  console.log(`Chromium ${browser.version()}, 1280 × 800, medians of 15 runs`);
  console.table(
    results.map((r) => ({
      component: r.component,
      'columns × rows': r.size,
      'render + layout (ms)': r.rendered.toFixed(1),
      'to next frame (ms)': r.painted.toFixed(1),
      'DOM nodes': r.nodes,
    })),
  );
} finally {
  await browser.close();
  server.httpServer.close();
}
