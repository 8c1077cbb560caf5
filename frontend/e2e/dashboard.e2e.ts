import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { callApi, workspaceIdByName } from './support/api';
import {
  choose,
  DESKTOP,
  hasHorizontalOverflow,
  inFreshContext,
  isShownInViewport,
  PHONE,
  screenshot,
  SCREENSHOT_DIR,
  useBrowser,
} from './support/browser';
import { DEMO_WORKSPACE, logInToDemo } from './support/demo';

type TopCell = {
  segment: { name: string };
  channel: { name: string };
  gap: number;
  urgency: string;
  publications: number;
};

/** What the API ranks first: urgentCells(first: 1) over the default window, the dashboard's default period. */
async function mostUrgentCell(page: Page): Promise<TopCell> {
  const workspaceId = await workspaceIdByName(page, DEMO_WORKSPACE);
  const { urgentCells } = await callApi<{ urgentCells: { edges: { node: TopCell }[] } }>(
    page,
    'query($w: ID!) { urgentCells(workspaceId: $w, first: 1) { edges { node { segment { name } channel { name } gap urgency publications } } } }',
    { w: workspaceId },
  );
  const top = urgentCells.edges[0]?.node;
  if (!top) throw new Error('The demo workspace has no urgent cell');
  return top;
}

/** The drill-down shows the cell's name, its trend, its publications and its alert history. */
async function expectDrillDown(page: Page, top: TopCell) {
  const dialog = page.locator('#drill-down');
  await dialog.waitFor();
  // The dialog is named after the cell (its host element has no box of its own, hence "attached").
  await page
    .locator(`vaadin-dialog[aria-label="${top.segment.name} × ${top.channel.name}"]`)
    .waitFor({ state: 'attached' });
  await page.locator('#trend-chart svg path').first().waitFor();
  // The trend has dates and values on its axes, and starts where the selected period starts.
  const dates = page.locator('#trend-chart .trend-chart__x span');
  expect(await dates.count()).toBeGreaterThanOrEqual(2);
  expect(await page.locator('#trend-chart .trend-chart__y span').count()).toBeGreaterThanOrEqual(2);
  expect(await page.locator('#drill-down .drill__summary').innerText()).toContain(await dates.first().innerText());
  if (top.publications > 0) {
    await page.locator('#cell-publications li').first().waitFor();
  }
  await expect.poll(async () => (await page.locator('#drill-alerts').count()) > 0).toBe(true);
}

/** A screenshot with the drill-down dialog open (the shared helper waits for every overlay to close). */
async function dialogScreenshot(page: Page, name: string) {
  await page.waitForFunction(() => !document.querySelector('vaadin-dialog[opening]'));
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });
}

async function closeDrillDown(page: Page) {
  await page.locator('#drill-close').click();
  await page.locator('#drill-down').waitFor({ state: 'detached' });
}

describe('dashboard', () => {
  const browser = useBrowser();

  it('desktop: the heatmap, the most urgent cell first, the drill-down and keyboard use', async () => {
    await inFreshContext(browser(), DESKTOP, 'dashboard-desktop', async (page) => {
      await logInToDemo(page, false);
      const top = await mostUrgentCell(page);

      // The ranked list starts with what the API ranks first.
      const first = page.locator('#urgent-list button').first();
      await first.waitFor();
      expect(await first.getAttribute('data-segment')).toBe(top.segment.name);
      expect(await first.getAttribute('data-channel')).toBe(top.channel.name);
      expect(await first.innerText()).toContain('Immediate');

      // The heatmap has a row per segment and a cell per segment × channel, the most urgent segment first.
      const heatmap = page.locator('#heatmap');
      await heatmap.waitFor();
      const rows = await heatmap.locator('[role=rowheader]').count();
      const cells = await heatmap.locator('[role=gridcell]').count();
      expect(rows).toBeGreaterThan(1);
      expect(cells % rows).toBe(0);
      expect(await heatmap.locator('[role=rowheader]').first().innerText()).toBe(top.segment.name);
      // The top cell of the list appears in the grid under its own name.
      await heatmap.locator(`[role=gridcell][aria-label^="${top.segment.name} × ${top.channel.name}:"]`).waitFor();

      // Hover shows the client's and the strongest competitor's presence, in full view beside the cell.
      const tooltip = page.locator('#heatmap-tooltip');
      await heatmap.locator('[role=gridcell]').first().hover();
      await tooltip.waitFor();
      expect(await tooltip.innerText()).toContain('Northwind Systems');
      await expect.poll(() => isShownInViewport(tooltip)).toBe(true);

      await screenshot(page, 'desktop-dashboard');

      // Keyboard: the first cell is the grid's tab stop, arrows move focus, Enter opens the drill-down.
      await heatmap.locator('[role=gridcell][tabindex="0"]').focus();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowDown');
      await expect
        .poll(() =>
          page.evaluate(
            () =>
              (document.activeElement as HTMLElement | null)?.dataset.r +
              ',' +
              (document.activeElement as HTMLElement | null)?.dataset.c,
          ),
        )
        .toBe('1,1');
      // Keyboard focus shows the focused cell's numbers as well.
      await expect.poll(() => isShownInViewport(tooltip)).toBe(true);
      expect(await tooltip.locator('strong').innerText()).toContain(
        await heatmap.locator('[role=rowheader]').nth(1).innerText(),
      );
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('Enter');
      await page.locator('#drill-down').waitFor();
      await page.keyboard.press('Escape');
      await page.locator('#drill-down').waitFor({ state: 'detached' });

      // The metric, period and competitor toggles re-colour and re-ask without losing the grid.
      await choose(page, 'balance-metric', 'Share of voice');
      await choose(page, 'balance-period', 'Last 90 days');
      await expect.poll(async () => page.locator('#balance-summary').innerText()).toMatch(/cells needing attention/);
      await choose(page, 'balance-competitor', 'Northwind Systems vs Contoso Cloud');
      await heatmap.locator('[role=gridcell]').first().waitFor();
      await choose(page, 'balance-period', 'Alert window (30 days)');
      await choose(page, 'balance-competitor', 'All competitors');
      await choose(page, 'balance-metric', 'Urgency');

      // Drill into the most urgent cell from the list.
      await page.locator('#urgent-list button').first().click();
      await expectDrillDown(page, top);
      await dialogScreenshot(page, 'desktop-drilldown');
      await closeDrillDown(page);
    });
  });

  it('phone: urgent cells per segment with a mini heatmap, and the drill-down', async () => {
    await inFreshContext(browser(), PHONE, 'dashboard-phone', async (page) => {
      await logInToDemo(page, true);
      const top = await mostUrgentCell(page);

      await page.locator('#heatmap-mini').waitFor();
      const firstItem = page.locator('#phone-balance button').first();
      await firstItem.waitFor();
      expect(await page.locator('#phone-balance h3').first().innerText()).toContain(top.segment.name);
      expect(await firstItem.innerText()).toContain(top.channel.name);
      expect(await hasHorizontalOverflow(page)).toBe(false);
      await screenshot(page, 'phone-dashboard');

      // One thumb: tap the top cell, read, close.
      await firstItem.tap();
      await expectDrillDown(page, top);
      await dialogScreenshot(page, 'phone-drilldown');
      await closeDrillDown(page);

      // A tap on the mini heatmap shows the cell's numbers; a second tap opens it.
      const miniCell = page.locator('#heatmap-mini [role=gridcell]').first();
      await miniCell.tap();
      await page.locator('#heatmap-tooltip').waitFor();
      await expect.poll(() => isShownInViewport(page.locator('#heatmap-tooltip'))).toBe(true);
      await miniCell.tap();
      await page.locator('#drill-down').waitFor();
      await closeDrillDown(page);
    });
  });
});
