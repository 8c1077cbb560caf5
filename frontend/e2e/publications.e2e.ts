import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  choose,
  DESKTOP,
  DEVICES,
  hasHorizontalOverflow,
  inFreshContext,
  screenshot,
  useBrowser,
  waitForOverlaysClosed,
} from './support/browser';
import { ANALYST, openDemoPage, VIEWER } from './support/demo';

const uniqueTitle = () => `E2E publication ${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;

/** The number in "Publications found: 1,234" once the list has loaded. */
async function total(page: Page): Promise<number> {
  const status = page.locator('#publication-total');
  await expect.poll(() => status.innerText(), { timeout: 30_000 }).toMatch(/\d/);
  return Number((await status.innerText()).replace(/\D/g, ''));
}

async function expectTotal(page: Page, count: number) {
  await expect
    .poll(() => page.locator('#publication-total').innerText(), { timeout: 30_000 })
    .toBe(`Publications found: ${count}`);
}

/** Signs in as `user`, picks the demo workspace and opens Publications through the navigation. */
// Other tests read the demo workspace too: this test only changes publications it created, and deletes them.
async function openPublications(page: Page, phone: boolean, user = ANALYST) {
  await openDemoPage(page, phone, 'nav-publications', /\/publications$/, user);
  await page.locator('h2', { hasText: 'Publications' }).waitFor();
  await page.locator('#publication-grid').waitFor();
}

async function openFilters(page: Page) {
  const details = page.locator('vaadin-details.filter-bar');
  if (!(await details.evaluate((el) => (el as HTMLElement & { opened: boolean }).opened))) {
    await details.locator('vaadin-details-summary').click();
  }
  await page.locator('#filter-title').waitFor({ state: 'visible' });
}

async function filterByTitle(page: Page, text: string) {
  await openFilters(page);
  await page.locator('#filter-title input').fill(text);
  await page.locator('#filter-title input').press('Enter');
}

/** Picks `text` in a Vaadin ComboBox by typing it and pressing Enter. */
async function pickInComboBox(page: Page, id: string, text: string) {
  const input = page.locator(`#${id} input`);
  await input.fill(text);
  await page.locator('vaadin-combo-box-item', { hasText: text }).first().waitFor();
  await input.press('Enter');
  await expect.poll(() => input.inputValue()).toBe(text);
}

async function createPublication(page: Page, title: string, phone: boolean) {
  await page.locator('#publication-create').click();
  await page.locator('#publication-title input').waitFor({ state: 'visible' });
  // Saving an empty form names the fields that are missing, and sends nothing.
  await page.locator('#publication-save').click();
  await page.locator('#publication-title', { hasText: 'This field is required.' }).waitFor();
  await page.locator('#publication-weight', { hasText: 'This field is required.' }).waitFor();

  await page.locator('#publication-title input').fill(title);
  if (phone) {
    // On a touch screen the date picker opens its full-screen calendar on focus; set the value as a picker would.
    await page.locator('#publication-published-at').evaluate((el) => {
      (el as HTMLElement & { value: string }).value = '2026-05-01T10:30';
    });
  } else {
    const [dateInput, timeInput] = await page.locator('#publication-published-at input').all();
    await dateInput.fill('5/1/2026');
    await dateInput.press('Enter');
    await timeInput.fill('10:30');
    await timeInput.press('Enter');
  }
  await page.locator('#publication-weight input').fill('0.5');
  await pickInComboBox(page, 'publication-brand', 'Northwind Systems');
  await pickInComboBox(page, 'publication-channel', 'CIO Weekly');
  // An impact without a sentiment is refused on the field.
  await page.locator('#form-impact-0 input').fill('0.4');
  await page.locator('#publication-save').click();
  await page.locator('#form-sentiment-0', { hasText: 'Choose a sentiment for this impact.' }).waitFor();
  await choose(page, 'form-sentiment-0', 'Positive');
  await page.locator('#publication-save').click();
  await page.locator('#publication-title').waitFor({ state: 'hidden' });
}

/** Opens the inline assessment editor of the one listed publication and sets the first segment. */
async function editAssessmentInline(page: Page, title: string, phone: boolean) {
  // Beside the desktop drawer, too, the row actions sit in one "⋯" menu so that no column is cut off.
  await page.getByRole('img', { name: `Actions for ${title}` }).click();
  await page.locator('vaadin-menu-bar-item', { hasText: 'Assess' }).click();
  const editor = page.getByRole('region', { name: `Assessments of ${title}` });
  await editor.waitFor();
  const impact = editor.locator('vaadin-number-field').first();
  await expect.poll(() => impact.locator('input').inputValue()).toBe('0.4');
  await impact.locator('input').fill('0.9');
  const sentimentId = await editor.locator('vaadin-select').first().getAttribute('id');
  await choose(page, sentimentId!, 'Negative');
  await editor.getByRole('button', { name: 'Save assessments' }).click();
  await editor.waitFor({ state: 'hidden' });
  if (!phone) {
    await page
      .locator('#publication-grid')
      .getByText(/: 0\.90 · Negative/)
      .waitFor();
  }
}

async function deletePublication(page: Page, title: string) {
  await page.getByRole('img', { name: `Actions for ${title}` }).click();
  await page.locator('vaadin-menu-bar-item', { hasText: 'Delete' }).click();
  await page
    .locator('vaadin-confirm-dialog-overlay, [role=alertdialog]')
    .getByRole('button', { name: 'Delete' })
    .click();
  await page.locator('#publications-empty').waitFor();
}

describe('Publications', () => {
  const browser = useBrowser();

  for (const [device, viewport] of DEVICES) {
    const phone = device === 'phone';

    it(`analyst filters, creates, assesses inline and deletes a publication (${device})`, async () => {
      await inFreshContext(browser(), viewport, `${device}-publications`, async (page) => {
        await openPublications(page, phone);
        const all = await total(page);
        expect(all).toBeGreaterThan(0);
        if (phone) expect(await hasHorizontalOverflow(page)).toBe(false);
        await screenshot(page, `${device}-publications`);

        // A criterion narrows the list and the count follows it.
        await openFilters(page);
        await page.locator('#filter-sentiments input').click();
        await page.locator('vaadin-multi-select-combo-box-item', { hasText: 'Negative' }).click();
        await page.keyboard.press('Escape');
        await expect.poll(() => total(page)).toBeLessThan(all);
        await waitForOverlaysClosed(page);
        await screenshot(page, `${device}-publications-filtered`);
        await page.locator('#filter-reset').click();
        await expectTotal(page, all);

        const title = uniqueTitle();
        await createPublication(page, title, phone);
        await expectTotal(page, all + 1);
        await filterByTitle(page, title);
        await expectTotal(page, 1);

        await editAssessmentInline(page, title, phone);
        await screenshot(page, `${device}-publications-assessed`);
        // The change is stored: a reload of the list shows it.
        await page.reload();
        await page.locator('#publication-grid').waitFor();
        await filterByTitle(page, title);
        await expectTotal(page, 1);
        if (!phone)
          await page
            .locator('#publication-grid')
            .getByText(/: 0\.90 · Negative/)
            .waitFor();

        await deletePublication(page, title);
        await expectTotal(page, 0);
        if (phone) expect(await hasHorizontalOverflow(page)).toBe(false);
      });
    });
  }

  it('viewer reads publications without any write control', async () => {
    await inFreshContext(browser(), DESKTOP, 'desktop-publications-viewer', async (page) => {
      await openPublications(page, false, VIEWER);
      expect(await total(page)).toBeGreaterThan(0);
      expect(await page.locator('#publication-create').count()).toBe(0);
      expect(await page.getByRole('img', { name: /^Actions for / }).count()).toBe(0);
      expect(await page.getByRole('button', { name: /^Delete / }).count()).toBe(0);
      await screenshot(page, 'desktop-publications-viewer');
    });
  });
});
