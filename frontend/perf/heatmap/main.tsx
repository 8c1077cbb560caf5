// Renders the dashboard's Heatmap with a synthetic 30 × 200 matrix and times it, several times over.
// e2e/heatmap-perf.e2e.ts builds and serves this page; results land in #done (JSON) and window.__heatmapPerf.
// Also works on the dev server: http://localhost:5173/e2e/heatmap-perf/heatmap-perf.html
import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { initI18n } from '../../src/modules/i18n/i18n';
import { scaleContext } from '../../src/modules/balance/colorScale';
import { buildLayout } from '../../src/modules/balance/ranking';
import { Heatmap } from '../../src/modules/balance/components/Heatmap';
import type { BalanceCell, ChannelType, MediaBalance, Urgency } from '../../src/modules/balance/types/Balance';
import '../../src/modules/balance/balance.css';

const params = new URLSearchParams(location.search);
const ROWS = Number(params.get('rows') ?? 30);
const COLS = Number(params.get('cols') ?? 200);
const RUNS = Number(params.get('runs') ?? 7);
const TYPES: ChannelType[] = ['MEDIA', 'NEWS_AGENCY', 'TV_RADIO', 'INDUSTRY_BLOG', 'SOCIAL_NETWORK', 'OTHER'];
const URGENCY: Urgency[] = ['NONE', 'SECONDARY', 'MODERATE', 'IMMEDIATE'];

function synthetic(): Pick<MediaBalance, 'segments' | 'channels' | 'cells'> {
  let seed = 42;
  const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  const cells: BalanceCell[] = [];
  for (let r = 0; r < ROWS; r++)
    for (let c = 0; c < COLS; c++) {
      const gap = random() * 4 - 1;
      cells.push({
        segmentId: `s${r}`,
        channelId: `c${c}`,
        weight: random(),
        clientPresence: random() * 3 - 1,
        competitors: [{ brandId: 'b1', presence: random() * 3, publications: Math.floor(random() * 9) }],
        competitorPressure: random() * 3,
        gap,
        shareOfVoice: random() < 0.2 ? null : random(),
        urgency: URGENCY[gap >= 2 ? 3 : gap >= 1 ? 2 : gap > 0 ? 1 : 0]!,
        publications: Math.floor(random() * 20),
        clientPublications: Math.floor(random() * 5),
      });
    }
  return {
    segments: Array.from({ length: ROWS }, (_, r) => ({
      segment: { id: `s${r}`, name: `Segment ${r + 1}` },
      mostUrgent: URGENCY[r % 4]!,
      totalGap: random() * 10,
      urgentCells: r,
    })),
    channels: Array.from({ length: COLS }, (_, c) => ({
      channel: { id: `c${c}`, name: `Channel number ${c + 1}`, type: TYPES[c % TYPES.length]! },
      mostUrgent: URGENCY[c % 4]!,
      totalGap: random() * 10,
      urgentCells: c % 7,
    })),
    cells,
  };
}

// ?css=… adds a style sheet, to compare layout variants.
if (params.get('css'))
  document.head.append(Object.assign(document.createElement('style'), { textContent: params.get('css') }));
initI18n();
const balance = synthetic();
const layout = buildLayout(balance, 'urgency', 'en');
const scale = scaleContext(balance.cells, 2);
const container = document.getElementById('root')!;
const names = new Map([['b1', 'Competitor']]);

const nextFrame = () =>
  new Promise<number>((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)));

async function run(): Promise<{ render: number; painted: number }> {
  const root: Root = createRoot(container);
  await nextFrame();
  const start = performance.now();
  flushSync(() =>
    root.render(
      <StrictMode>
        <Heatmap
          layout={layout}
          metric="urgency"
          scale={scale}
          brandNames={names}
          clientName="Client"
          onOpen={() => {}}
          label="Benchmark"
        />
      </StrictMode>,
    ),
  );
  // Force style and layout of the whole grid, then wait for the frame that paints it.
  document.getElementById('heatmap')!.getBoundingClientRect();
  const render = performance.now() - start;
  const painted = (await nextFrame()) - start;
  root.unmount();
  return { render, painted };
}

(async () => {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await run());
  const cells = document.createElement('div');
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const result = {
    rows: ROWS,
    cols: COLS,
    runs,
    first: runs[0]!,
    medianRender: median(runs.map((r) => r.render)),
    medianPainted: median(runs.map((r) => r.painted)),
    maxPainted: Math.max(...runs.map((r) => r.painted)),
  };
  cells.id = 'done';
  cells.textContent = JSON.stringify(result);
  document.body.append(cells);
  (window as unknown as { __heatmapPerf: unknown }).__heatmapPerf = result;
})();
