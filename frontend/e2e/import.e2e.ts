import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  DEVICES,
  hasHorizontalOverflow,
  inFreshContext,
  screenshot,
  selectedText,
  useBrowser,
} from './support/browser';
import { openDemoPage } from './support/demo';

/**
 * Two publications, the second naming a brand the workspace does not have. Imports are all or nothing,
 * so the demo workspace other tests read stays as it was. "Headline" is not the format's name for the
 * title: the page must guess it.
 */
function csvWithOneBadRow(): string {
  const id = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  return [
    'external_id,published_at,brand,channel,Headline,url,author,weight,segment_1,impact_1,sentiment_1',
    `e2e-${id}-1,2026-05-01T10:00:00Z,Northwind Systems,CIO Weekly,E2E import good row,,,0.5,CIOs,0.4,POSITIVE`,
    `e2e-${id}-2,2026-05-02T10:00:00Z,No Such Brand ${id},CIO Weekly,E2E import bad row,,,0.5,CIOs,0.4,POSITIVE`,
    '',
  ].join('\n');
}

async function openImport(page: Page, phone: boolean) {
  await openDemoPage(page, phone, 'nav-import', /\/import$/);
  await page.locator('h2', { hasText: 'Import from a file' }).waitFor();
}

describe('Import', () => {
  const browser = useBrowser();

  for (const [device, viewport] of DEVICES) {
    it(`analyst imports publications and sees the bad row named (${device})`, async () => {
      await inFreshContext(browser(), viewport, `${device}-import`, async (page) => {
        const phone = device === 'phone';
        await openImport(page, phone);
        await expect.poll(() => selectedText(page, 'import-kind')).toBe('Publications');

        await page.locator('[data-testid=import-file]').setInputFiles({
          name: 'publications-e2e.csv',
          mimeType: 'text/csv',
          buffer: Buffer.from(csvWithOneBadRow(), 'utf-8'),
        });
        // The preview shows the file's columns and rows; the mapping has guessed the renamed title column.
        await page.locator('#import-preview').getByText('E2E import bad row').waitFor();
        await expect.poll(() => selectedText(page, 'map-title')).toBe('Headline');
        await expect.poll(() => selectedText(page, 'map-brand')).toBe('brand');
        await expect.poll(() => selectedText(page, 'map-assessment-0-segment')).toBe('segment_1');
        if (phone) expect(await hasHorizontalOverflow(page)).toBe(false);
        await screenshot(page, `${device}-import-mapping`);

        await page.locator('#import-start').click();
        await page
          .locator('#import-status', { hasText: 'Nothing was imported. Rows with problems: 1.' })
          .waitFor({ timeout: 60_000 });
        // Line 3 of the file (the header is line 1) is named with its column and why.
        const problems = page.locator('#import-problems');
        await problems.getByText('brand', { exact: true }).waitFor();
        const cells = await problems.locator('vaadin-grid-cell-content').allInnerTexts();
        expect(cells).toContain('3');
        expect(cells.some((text) => /^no brand named “No Such Brand \w+” in this workspace$/.test(text))).toBe(true);
        expect(cells).not.toContain('2');
        if (phone) expect(await hasHorizontalOverflow(page)).toBe(false);
        await screenshot(page, `${device}-import-failed`);
      });
    });
  }
});
