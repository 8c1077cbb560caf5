import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { callApi, workspaceIdByName } from './support/api';
import {
  choose,
  DEVICES,
  gridOverflow,
  hasFocusWithin,
  hasHorizontalOverflow,
  inFreshContext,
  isSeen,
  screenshot,
  selectedText,
  useBrowser,
  waitForOverlaysClosed,
} from './support/browser';
import { DEMO_WORKSPACE, navigateTo, openDemoPage } from './support/demo';

/** What the test made, removed through the API whatever happened (the demo workspace is shared by every journey). */
type Made = { companyId?: string; contactId?: string; duplicateId?: string; viewName?: string };

async function cleanUp(page: Page, made: Made) {
  const w = await workspaceIdByName(page, DEMO_WORKSPACE);
  for (const id of [made.contactId, made.duplicateId].filter(Boolean))
    await callApi(page, 'mutation($w: ID!, $id: ID!) { deleteContact(workspaceId: $w, id: $id) }', { w, id }).catch(
      () => undefined,
    );
  if (made.companyId)
    await callApi(page, 'mutation($w: ID!, $id: ID!) { deleteCompany(workspaceId: $w, id: $id) }', {
      w,
      id: made.companyId,
    }).catch(() => undefined);
  if (made.viewName) {
    const { savedViews } = await callApi<{ savedViews: { id: string; name: string }[] }>(
      page,
      'query($w: ID!) { savedViews(workspaceId: $w, screen: "contacts") { id name } }',
      { w },
    );
    for (const view of savedViews.filter((v) => v.name === made.viewName))
      await callApi(page, 'mutation($w: ID!, $id: ID!) { deleteSavedView(workspaceId: $w, id: $id) }', {
        w,
        id: view.id,
      });
  }
}

function gridLink(page: Page, gridId: string, text: string): Locator {
  return page.locator(`#${gridId} vaadin-grid-cell-content a`).filter({ hasText: text });
}

describe('Customers', () => {
  const browser = useBrowser();

  for (const [device, viewport] of DEVICES) {
    it(`analyst adds a company and a contact, finds the contact, changes a consent and reuses a saved view (${device})`, async () => {
      await inFreshContext(browser(), viewport, `${device}-customers`, async (page) => {
        const phone = device === 'phone';
        const tag = `${device}${Date.now().toString(36)}`;
        const companyName = `E2E Frost ${tag}`;
        const lastName = `Zielinska${tag}`;
        const fullName = `Zofia ${lastName}`;
        const made: Made = {};
        try {
          // A company, from the Companies page.
          await openDemoPage(page, phone, 'nav-companies', /\/companies$/);
          await page.locator('h2', { hasText: 'Companies' }).waitFor();
          await page.locator('#company-create').click();
          await page.locator('#company-name input').fill(companyName);
          await choose(page, 'company-status', 'Current client');
          await page.locator('#company-region input').fill('Mazovia');
          await page.locator('#company-region input').press('Enter');
          await page.locator('#company-name').waitFor({ state: 'hidden' });
          await page.locator('#company-search input').fill(companyName);
          const companyLink = gridLink(page, 'company-grid', companyName);
          await companyLink.waitFor();
          await expect.poll(() => isSeen(companyLink)).toBe(true);
          await expect.poll(() => page.locator('#company-total').innerText()).toBe('1 company');
          made.companyId = new URL((await companyLink.evaluate((a) => (a as HTMLAnchorElement).href)) ?? '').pathname
            .split('/')
            .pop();

          // A contact of that company, from the Contacts page; a nameless one is refused on its field first.
          await navigateTo(page, phone, 'nav-contacts', /\/contacts$/);
          await page.locator('h2', { hasText: 'Contacts' }).waitFor();
          await page.locator('#contact-create').click();
          await page.locator('#contact-first-name').waitFor({ state: 'visible' });
          await page.locator('#contact-save').click();
          await expect
            .poll(() => page.locator('#contact-first-name [slot="error-message"]').innerText())
            .toBe('Give a first name, a last name or an email.');
          await page.locator('#contact-first-name input').fill('Zofia');
          await page.locator('#contact-last-name input').fill(lastName);
          await page.locator('#contact-email input').fill(`${tag}@frost.example`);
          await page.locator('#contact-company input').fill(companyName.slice(0, 12));
          await page.locator('vaadin-combo-box-item').filter({ hasText: companyName, visible: true }).click();
          await page.locator('#contact-position input').fill('Head of purchasing');
          await page.locator('#contact-key-staff').click();
          await page.locator('#contact-save').click();
          await page.locator('#contact-first-name').waitFor({ state: 'hidden' });

          // Found by the start of the last name, with the total shown.
          await page.locator('#contact-search input').fill(lastName.slice(0, 12));
          const contactLink = gridLink(page, 'contact-grid', fullName);
          await contactLink.waitFor();
          await expect.poll(() => page.locator('#contact-total').innerText()).toBe('1 contact');
          await expect.poll(() => isSeen(contactLink)).toBe(true);
          const keyStaff = page.locator('#contact-grid .badge', { hasText: 'Key staff' });
          await expect.poll(() => isSeen(keyStaff)).toBe(true);
          made.contactId = new URL(await contactLink.evaluate((a) => (a as HTMLAnchorElement).href)).pathname
            .split('/')
            .pop();
          expect((await gridOverflow(page, 'contact-grid')).clippedCells).toEqual([]);
          expect(await hasHorizontalOverflow(page)).toBe(false);

          // Saved under a name, left, and picked again: the search comes back with its one contact.
          const viewName = `Frost ${tag}`;
          await page.locator('#contacts-save-view').click();
          await page.locator('#contacts-view-name input').fill(viewName);
          await page.locator('#contacts-view-name input').press('Enter');
          made.viewName = viewName;
          await page.locator('#contacts-view-name').waitFor({ state: 'hidden' });
          await expect.poll(() => selectedText(page, 'contacts-saved-views')).toBe(viewName);
          // Another search (one that finds no one: the demo workspace has no other contacts) replaces it.
          await page.locator('#contact-search input').fill(`Nobody${tag}`);
          const noMatch = page.locator('#contacts-empty', { hasText: 'No contact matches this search' });
          await noMatch.waitFor();
          await expect.poll(() => isSeen(noMatch)).toBe(true);
          await expect.poll(() => page.locator('#contact-total').innerText()).toBe('0 contacts');
          await waitForOverlaysClosed(page);
          await choose(page, 'contacts-saved-views', viewName);
          await expect.poll(() => page.locator('#contact-search input').inputValue()).toBe(lastName.slice(0, 12));
          await expect.poll(() => page.locator('#contact-total').innerText()).toBe('1 contact');
          await expect.poll(() => isSeen(contactLink)).toBe(true);
          await screenshot(page, `${device}-contacts`);

          // The card: name, company, and consent changed with its source, seen in the history and the timeline.
          await contactLink.click();
          await page.waitForURL(new RegExp(`/contacts/${made.contactId}$`));
          const title = page.locator('#contact-name');
          await expect.poll(() => title.innerText()).toBe(fullName);
          await expect.poll(() => isSeen(title)).toBe(true);
          const company = page.locator('#contact-details a', { hasText: companyName });
          await expect.poll(() => isSeen(company)).toBe(true);
          const change = page.getByRole('button', { name: `Change E-mail consent of ${fullName}` });
          await expect.poll(() => isSeen(change)).toBe(true);
          await change.click();
          await page.locator('#consent-source input').fill('Signed form at the fair');
          await page.locator('#consent-source input').press('Enter');
          await page.locator('#consent-source').waitFor({ state: 'hidden' });
          const emailState = page.locator('#consent-email .consent-state');
          await expect.poll(() => emailState.innerText()).toBe('Granted');
          await expect.poll(() => isSeen(emailState)).toBe(true);
          const history = page.locator('#consent-history li').first();
          await expect.poll(() => history.innerText()).toContain('E-mail: Granted — Signed form at the fair (analyst)');
          await expect.poll(() => isSeen(history)).toBe(true);
          const entry = page.locator('#timeline-entries li', { hasText: 'E-mail consent: Unknown → Granted' }).first();
          await expect.poll(() => entry.count()).toBe(1);
          await expect.poll(() => isSeen(entry)).toBe(true);
          expect(await hasHorizontalOverflow(page)).toBe(false);
          await screenshot(page, `${device}-contact-card`);

          // Merging runs on the phone only, where its two contacts stack (CI is near its time budget; the desktop's
          // side-by-side layout is the same page with the cards in two columns).
          if (phone) {
            // The same person entered again (same e-mail, another first name) with a purchase, as an import would.
            const w = await workspaceIdByName(page, DEMO_WORKSPACE);
            const twin = `Zosia ${lastName}`;
            const { createContact } = await callApi<{ createContact: { id: string } }>(
              page,
              'mutation($w: ID!, $input: ContactInput!) { createContact(workspaceId: $w, input: $input) { id } }',
              { w, input: { firstName: 'Zosia', lastName, email: `${tag}@Frost.example`, companyId: made.companyId } },
            );
            made.duplicateId = createContact.id;
            const product = `Blast chiller ${tag}`;
            await callApi(
              page,
              'mutation($w: ID!, $input: PurchaseInput!) { createPurchase(workspaceId: $w, input: $input) { id } }',
              {
                w,
                input: {
                  contactId: made.duplicateId,
                  amount: '1200.00',
                  currency: 'EUR',
                  purchasedAt: new Date().toISOString(),
                  items: [{ product }],
                },
              },
            );

            // The pair is listed with its reason (from the contacts list), merged into the first contact with the
            // confirmation's Cancel focused, and the survivor keeps the other's purchase and says so in its timeline.
            await page.locator('.record-page__back', { hasText: 'All contacts' }).click();
            await page.locator('#contacts-duplicates-link').click();
            await page.waitForURL(/\/contacts\/duplicates$/);
            await choose(page, 'duplicates-reason', 'Same e-mail');
            const pair = page.getByRole('listitem', { name: `${fullName} and ${twin}` });
            await expect.poll(() => isSeen(pair.locator('.dup-reason', { hasText: 'Same e-mail' }))).toBe(true);
            const merge = page.getByRole('link', { name: `Merge ${fullName} and ${twin}` });
            await expect.poll(() => isSeen(merge)).toBe(true);
            await merge.click();
            await page.waitForURL(/\/contacts\/duplicates\/merge\?/);
            await expect.poll(() => page.locator('#merge-contact-fate').innerText()).toBe('Stays');
            const keeps = page.locator('#merge-keeps-purchases');
            await expect.poll(() => keeps.innerText()).toBe('The purchases of both: 1');
            await expect.poll(() => isSeen(keeps)).toBe(true);
            expect(await hasHorizontalOverflow(page)).toBe(false);
            await page.locator('#merge-submit').click();
            await expect.poll(() => hasFocusWithin(page, '#merge-confirm-cancel')).toBe(true);
            await page.locator('#merge-confirm-confirm').click();
            await page.waitForURL(new RegExp(`/contacts/${made.contactId}$`));
            made.duplicateId = undefined;
            const kept = page.locator('#purchase-list li', { hasText: product });
            await expect.poll(() => isSeen(kept)).toBe(true);
            const mergedEntry = page.locator('#timeline-entries li', { hasText: `Merged ${twin}` });
            await expect.poll(() => isSeen(mergedEntry)).toBe(true);
          }
        } finally {
          if (Object.keys(made).length > 0) await cleanUp(page, made);
        }
      });
    });
  }
});
