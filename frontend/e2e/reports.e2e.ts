import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  choose,
  DESKTOP,
  hasHorizontalOverflow,
  inFreshContext,
  PHONE,
  screenshot,
  useBrowser,
} from './support/browser';
import { logInToDemo, navigateTo } from './support/demo';

async function openReports(page: Page, phone: boolean) {
  await navigateTo(page, phone, 'nav-reports', /\/reports$/);
  await page.locator('h2', { hasText: 'Publications over time' }).waitFor();
}

/** The chart has drawn its lines (ECharts renders SVG paths) and the table lists rows. */
async function expectChartAndTable(page: Page) {
  await page.locator('#report-chart svg path').first().waitFor({ state: 'attached' });
  await page.locator('#report-grid').waitFor({ state: 'visible' });
  await expect.poll(() => page.locator('#report-grid vaadin-grid-cell-content').count()).toBeGreaterThan(4);
}

function gridText(page: Page): Promise<string> {
  return page
    .locator('#report-grid')
    .evaluate((grid) =>
      [...grid.querySelectorAll('vaadin-grid-cell-content')].map((c) => (c as HTMLElement).innerText).join('\n'),
    );
}

async function reportJourney(page: Page, device: 'desktop' | 'phone') {
  const phone = device === 'phone';
  // ECharts must not be part of what loads before the Reports page.
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await logInToDemo(page, phone);
  expect(scripts.filter((url) => url.includes('echarts'))).toEqual([]);

  await openReports(page, phone);
  await expectChartAndTable(page);
  expect(scripts.some((url) => url.includes('echarts'))).toBe(true);
  // The demo's brands appear as groups by default.
  await expect.poll(() => gridText(page)).toContain('Northwind Systems');

  // Group by channel type: the table's groups change to translated channel types.
  await choose(page, 'report-group', 'Channel type');
  await expect.poll(() => gridText(page)).toContain('Social network');
  await expect.poll(() => gridText(page)).not.toContain('Northwind Systems');
  await expectChartAndTable(page);

  // Impact instead of the count: the y axis names the metric.
  await page.locator('#report-metric vaadin-radio-button', { hasText: 'Impact' }).click();
  await expect.poll(() => page.locator('#report-chart').innerText()).toContain('Impact');

  // A filter narrows the report: impact from 0.9 leaves fewer publications than no filter.
  const summary = () => page.locator('#report-summary').innerText();
  const publications = async () =>
    Number((await summary()).match(/^([\d,]+) publications/)?.[1].replace(/,/g, '') ?? NaN);
  await expect.poll(publications).toBeGreaterThan(0);
  const before = await publications();
  if (phone) await page.locator('.report-filters vaadin-details-summary').click();
  await page.locator('#report-min-impact input').fill('0,9');
  await expect.poll(publications).toBeLessThan(before);

  if (!phone) {
    // CSV export hands the browser a file.
    const download = page.waitForEvent('download');
    await page.locator('#report-export-csv').click();
    expect((await download).suggestedFilename()).toMatch(/\.csv$/);
  }

  await page.locator('#report-min-impact input').fill('');
  await expect.poll(publications).toBe(before);
  expect(await hasHorizontalOverflow(page)).toBe(false);
  if (phone) {
    // Fold the filters again and show the chart, as a phone user would look at it.
    await page.locator('.report-filters vaadin-details-summary').click();
    await page.locator('#report-summary').scrollIntoViewIfNeeded();
  }
  await screenshot(page, `${device}-reports`);
}

describe('Reports', () => {
  const browser = useBrowser();

  it('shows the demo workspace over time by group, on a desktop', async () => {
    await inFreshContext(browser(), DESKTOP, 'reports-desktop', (page) => reportJourney(page, 'desktop'));
  });

  it('works on a phone', async () => {
    await inFreshContext(browser(), PHONE, 'reports-phone', (page) => reportJourney(page, 'phone'));
  });
});
