import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, launchBrowser, newContext } from '../e2e/support/browser';

// The dashboard's budget: a 30 × 200 heatmap renders in at most this many milliseconds.
const BUDGET_MS = 200;
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT_DIR = 'target/heatmap-perf';

type Run = { render: number; painted: number };
type Result = {
  rows: number;
  cols: number;
  runs: Run[];
  first: Run;
  medianRender: number;
  medianPainted: number;
  maxPainted: number;
};

/**
 * Times the dashboard's Heatmap component alone with a synthetic 30 × 200 matrix in Chromium, as users get
 * it: perf/heatmap/ is built in production mode and served by `vite preview` on a free port (no backend,
 * no sign-in). "render" = React render + commit + style/layout of the grid; "painted" = until the frame
 * after that has been produced. Seven runs; the budget applies to the median (the machine is shared).
 * A benchmark, run on demand (`npm run perf`), not part of the test suite: it prints the figures and
 * whether the median meets the budget.
 */
describe('heatmap render time', () => {
  let browser: Browser;
  let server: PreviewServer;
  let url: string;

  beforeAll(async () => {
    await build({
      configFile: false,
      root: ROOT,
      logLevel: 'warn',
      plugins: [react()],
      build: { outDir: OUT_DIR, emptyOutDir: true, rollupOptions: { input: 'perf/heatmap/heatmap-perf.html' } },
    });
    server = await preview({
      configFile: false,
      root: ROOT,
      logLevel: 'warn',
      build: { outDir: OUT_DIR },
      preview: { port: 0, host: '127.0.0.1' },
    });
    url = server.resolvedUrls?.local[0] ?? '';
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('draws 30 × 200 cells', async () => {
    const context = await newContext(browser, DESKTOP);
    const page = await context.newPage();
    await page.goto(`${url}perf/heatmap/heatmap-perf.html?rows=30&cols=200&runs=7`);
    await page.locator('#done').waitFor({ state: 'attached', timeout: 120_000 });
    const result = JSON.parse(await page.locator('#done').innerText()) as Result;
    await context.close();
    const ms = (n: number) => `${n.toFixed(1)} ms`;
    console.log(
      `Heatmap ${result.rows}×${result.cols} (production build): first render ${ms(result.first.render)} (painted ${ms(result.first.painted)}), ` +
        `median render ${ms(result.medianRender)}, median painted ${ms(result.medianPainted)}, slowest painted ${ms(result.maxPainted)} ` +
        `over ${result.runs.length} runs: ${result.runs.map((r) => Math.round(r.painted)).join(', ')} ms; ` +
        `budget ${BUDGET_MS} ms for the median painted: ${result.medianPainted <= BUDGET_MS ? 'met' : 'MISSED'}`,
    );
    expect(result.runs).toHaveLength(7);
  });
});
