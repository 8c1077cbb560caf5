import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  choose,
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

/**
 * Two contacts, the second naming a company the workspace does not have; "E-mail" is not the format's name for
 * the email: the page must map it. All or nothing, so the demo workspace stays as it was.
 */
function contactsWithABadCompany(): { csv: string; company: string } {
  const id = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const company = `co-e2e-${id}`;
  const csv = [
    'external_id,first_name,last_name,E-mail,company_external_id',
    `ct-e2e-${id}-1,Anna,E2E Nowak,anna.${id}@example.com,`,
    `ct-e2e-${id}-2,Olena,E2E Shevchenko,olena.${id}@example.com,${company}`,
    '',
  ].join('\n');
  return { csv, company };
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

  it('analyst imports contacts with a mapped column and sees the bad company reference named (desktop)', async () => {
    const [device, viewport] = DEVICES[0];
    await inFreshContext(browser(), viewport, `${device}-import-contacts`, async (page) => {
      await openImport(page, false);
      await choose(page, 'import-kind', 'Contacts');
      const { csv, company } = contactsWithABadCompany();
      await page.locator('[data-testid=import-file]').setInputFiles({
        name: 'contacts-e2e.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(csv, 'utf-8'),
      });
      await page.locator('#import-preview').getByText('E2E Shevchenko').waitFor();
      // The mapping has found the renamed email column and the format's own names; all or nothing by default.
      await expect.poll(() => selectedText(page, 'map-email')).toBe('E-mail');
      await expect.poll(() => selectedText(page, 'map-last_name')).toBe('last_name');
      await expect.poll(() => selectedText(page, 'map-company_external_id')).toBe('company_external_id');
      await expect.poll(() => selectedText(page, 'import-mode')).toBe('Import nothing (all or nothing)');
      await screenshot(page, `${device}-import-contacts-mapping`);

      await page.locator('#import-start').click();
      await page
        .locator('#import-status', { hasText: 'Nothing was imported. Rows with problems: 1.' })
        .waitFor({ timeout: 60_000 });
      const problems = page.locator('#import-problems');
      await problems.getByText('company_external_id', { exact: true }).waitFor();
      const cells = await problems.locator('vaadin-grid-cell-content').allInnerTexts();
      expect(cells).toContain('3');
      expect(cells).toContain(`no company “${company}” in this workspace`);
      await screenshot(page, `${device}-import-contacts-failed`);
    });
  });
});
