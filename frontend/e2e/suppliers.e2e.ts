import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { callApi, workspaceIdByName } from './support/api';
import {
  choose,
  DESKTOP,
  DEVICES,
  gridOverflow,
  hasFocusWithin,
  hasHorizontalOverflow,
  inFreshContext,
  screenshot,
  useBrowser,
  waitForOverlaysClosed,
  isSeen,
  rowAction,
} from './support/browser';
import { DEMO_WORKSPACE, logInToDemo, openDemoPage, VIEWER } from './support/demo';

function row(page: Page, name: string): Locator {
  return page.locator('#supplier-grid vaadin-grid-cell-content').filter({ hasText: name });
}

function fieldError(page: Page, fieldId: string): Locator {
  return page.locator(`#${fieldId} [slot="error-message"]`);
}

/** After a failure: the test's supplier (under either of its names) goes through the API. */
async function deleteLeftover(page: Page, name: string) {
  const workspaceId = await workspaceIdByName(page, DEMO_WORKSPACE);
  const { suppliers } = await callApi<{ suppliers: { id: string; name: string }[] }>(
    page,
    'query($w: ID!) { suppliers(workspaceId: $w) { id name } }',
    { w: workspaceId },
  );
  for (const supplier of suppliers.filter((s) => s.name.startsWith(name))) {
    await callApi(page, 'mutation($w: ID!, $id: ID!) { deleteSupplier(workspaceId: $w, id: $id) }', {
      w: workspaceId,
      id: supplier.id,
    });
  }
}

describe('Suppliers', () => {
  const browser = useBrowser();

  for (const [device, viewport] of DEVICES) {
    it(`analyst adds a supplier by keyboard, finds it by service, edits and deletes it (${device})`, async () => {
      await inFreshContext(browser(), viewport, `${device}-suppliers`, async (page) => {
        const phone = device === 'phone';
        await openDemoPage(page, phone, 'nav-suppliers', /\/suppliers$/);
        await page.locator('h2', { hasText: 'Suppliers' }).waitFor();
        const name = `E2E printer ${device} ${Date.now().toString(36)}`;
        let created = false;
        try {
          // By keyboard: the create button, the name, two services with Space, the contact, Enter saves.
          await page.locator('#supplier-create').focus();
          await page.keyboard.press('Enter');
          await page.locator('#supplier-name').waitFor({ state: 'visible' });
          await expect.poll(() => hasFocusWithin(page, '#supplier-name')).toBe(true);
          await page.keyboard.type(name);
          await page.keyboard.press('Tab');
          await page.keyboard.press('Space'); // Venue
          await page.keyboard.press('Tab');
          await page.keyboard.press('Space'); // Catering
          await expect.poll(() => hasFocusWithin(page, '#supplier-services')).toBe(true);
          await page.locator('#supplier-contact-name input').focus();
          await page.keyboard.type('Anna Nowak');
          await page.keyboard.press('Tab');
          await page.keyboard.type('anna at print');
          await page.keyboard.press('Tab');
          await page.keyboard.type('+48 (22) 555-01-02');
          // The e-mail is refused here, before the server sees it, and the dialog stays open.
          await page.keyboard.press('Enter');
          await expect
            .poll(() => fieldError(page, 'supplier-email').innerText())
            .toBe('Enter an e-mail address such as name@example.com.');
          await page.locator('#supplier-email input').fill('anna@print.example');
          await page.locator('#supplier-email input').press('Enter');
          await page.locator('#supplier-name').waitFor({ state: 'hidden' });
          created = true;

          const cell = row(page, name);
          await cell.waitFor();
          await expect.poll(() => isSeen(cell)).toBe(true);
          const badges = page.locator('#supplier-grid .badge');
          await expect.poll(() => badges.allInnerTexts()).toEqual(expect.arrayContaining(['Venue', 'Catering']));
          const mail = page.locator('#supplier-grid a[href="mailto:anna@print.example"]');
          await expect.poll(() => isSeen(mail)).toBe(true);
          expect(await page.locator('#supplier-grid a[href="tel:+48225550102"]').count()).toBe(1);
          expect((await gridOverflow(page, 'supplier-grid')).clippedCells).toEqual([]);
          expect(await hasHorizontalOverflow(page)).toBe(false);
          await screenshot(page, `${device}-suppliers`);

          // The service filter: a service it does not offer hides it, one it offers shows it.
          await choose(page, 'supplier-service-filter', 'Printing');
          await page.locator('#suppliers-no-match').waitFor();
          // On a phone a Select tapped again while its overlay still closes does not open.
          await waitForOverlaysClosed(page);
          await choose(page, 'supplier-service-filter', 'Catering');
          await cell.waitFor();
          await expect.poll(() => isSeen(cell)).toBe(true);

          const renamed = `${name} renamed`;
          await rowAction(page, 'Edit', name, phone);
          await expect.poll(() => page.locator('#supplier-name input').inputValue()).toBe(name);
          // The modal dialog is over the list now: what isSeen checks can fail.
          expect(await isSeen(cell)).toBe(false);
          await page.locator('#supplier-name input').fill(renamed);
          await page.locator('#supplier-save').click();
          await page.locator('#supplier-name').waitFor({ state: 'hidden' });
          await row(page, renamed).waitFor();

          await rowAction(page, 'Delete', renamed, phone);
          await expect
            .poll(() => page.locator('#supplier-delete-confirm-text').innerText())
            .toContain(`Delete “${renamed}”`);
          await page.getByRole('button', { name: 'Delete', exact: true }).filter({ visible: true }).last().click();
          await row(page, renamed).waitFor({ state: 'detached' });
          created = false;
        } finally {
          if (created) await deleteLeftover(page, name);
        }
      });
    });
  }

  it('shows a viewer the directory without a create button', async () => {
    await inFreshContext(browser(), DESKTOP, 'suppliers-viewer', async (page) => {
      await logInToDemo(page, false, VIEWER, '/suppliers');
      await page.locator('h2', { hasText: 'Suppliers' }).waitFor();
      await page.locator('#supplier-service-filter, #suppliers-empty').first().waitFor();
      expect(await page.locator('#supplier-create').count()).toBe(0);
      expect(await page.getByRole('button', { name: /^(Edit|Delete) / }).count()).toBe(0);
      await screenshot(page, 'desktop-suppliers-viewer');
    });
  });
});
