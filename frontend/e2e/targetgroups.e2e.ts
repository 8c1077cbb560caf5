import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { callApi, workspaceIdByName } from './support/api';
import {
  DEVICES,
  hasHorizontalOverflow,
  inFreshContext,
  isSeen,
  screenshot,
  selectItem,
  useBrowser,
  waitForOverlaysClosed,
} from './support/browser';
import { DEMO_WORKSPACE, navigateTo, openDemoPage } from './support/demo';

type Created = { workspaceId: string; companyId: string; contactIds: string[]; groupIds: string[] };

/**
 * A company of its own industry (so that no other test's contacts match) with three contacts: two key staff.
 * The demo workspace has no customer base of its own.
 */
async function createContacts(page: Page, run: string): Promise<Created & { industry: string; names: string[] }> {
  const workspaceId = await workspaceIdByName(page, DEMO_WORKSPACE);
  const industry = `E2E industry ${run}`;
  const { createCompany } = await callApi<{ createCompany: { id: string } }>(
    page,
    'mutation($w: ID!, $input: CompanyInput!) { createCompany(workspaceId: $w, input: $input) { id } }',
    { w: workspaceId, input: { name: `E2E company ${run}`, industry, status: 'CURRENT' } },
  );
  const people = [
    { firstName: 'Alma', lastName: `Key ${run}`, keyStaff: true },
    { firstName: 'Boris', lastName: `Key ${run}`, keyStaff: true },
    { firstName: 'Cleo', lastName: `Other ${run}`, keyStaff: false },
  ];
  const contactIds: string[] = [];
  for (const person of people) {
    const { createContact } = await callApi<{ createContact: { id: string } }>(
      page,
      'mutation($w: ID!, $input: ContactInput!) { createContact(workspaceId: $w, input: $input) { id } }',
      {
        w: workspaceId,
        input: {
          ...person,
          companyId: createCompany.id,
          email: `${person.firstName.toLowerCase()}.${run}@e2e.example`,
        },
      },
    );
    contactIds.push(createContact.id);
  }
  return {
    workspaceId,
    companyId: createCompany.id,
    contactIds,
    groupIds: [],
    industry,
    names: people.map((p) => `${p.firstName} ${p.lastName}`),
  };
}

async function cleanUp(page: Page, created: Created, groupName: string) {
  const { targetGroups } = await callApi<{ targetGroups: { id: string; name: string }[] }>(
    page,
    'query($w: ID!) { targetGroups(workspaceId: $w) { id name } }',
    { w: created.workspaceId },
  );
  for (const group of targetGroups.filter((g) => g.name === groupName)) {
    await callApi(page, 'mutation($w: ID!, $id: ID!) { deleteTargetGroup(workspaceId: $w, id: $id) }', {
      w: created.workspaceId,
      id: group.id,
    });
  }
  for (const id of created.contactIds) {
    await callApi(page, 'mutation($w: ID!, $id: ID!) { deleteContact(workspaceId: $w, id: $id) }', {
      w: created.workspaceId,
      id,
    });
  }
  await callApi(page, 'mutation($w: ID!, $id: ID!) { deleteCompany(workspaceId: $w, id: $id) }', {
    w: created.workspaceId,
    id: created.companyId,
  });
}

/** How long a figure the server recounts may take to show (a count, a refetched page after a change). */
const SERVER = { timeout: 20_000 } as const;

/**
 * Picks an option of a Select of the rule editor. A Select clicked while another overlay still closes, or while the
 * condition it belongs to has just been added and takes the focus, may stay shut (as on the suppliers page): then it is
 * clicked again, at most twice.
 */
async function pick(page: Page, selectId: string, optionText: string) {
  const select = page.locator(`#${selectId}`);
  await select.waitFor();
  for (let attempt = 1; ; attempt++) {
    await waitForOverlaysClosed(page);
    await select.click();
    try {
      await selectItem(page, optionText).first().waitFor({ state: 'visible', timeout: 5_000 });
      break;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
  await selectItem(page, optionText).first().click();
  await page.waitForFunction(
    (id) => !(document.getElementById(id) as HTMLElement & { opened: boolean }).opened,
    selectId,
  );
}

/** The live count as shown, once it has settled on `text`. */
async function expectCount(locator: Locator, text: string) {
  await expect.poll(() => locator.innerText(), SERVER).toBe(text);
  await expect.poll(() => isSeen(locator)).toBe(true);
}

describe('Target groups', () => {
  const browser = useBrowser();

  for (const [device, viewport] of DEVICES) {
    it(`analyst builds a target group, sees the count follow the rule, versions it, excludes a member and records the base quality (${device})`, async () => {
      await inFreshContext(browser(), viewport, `${device}-targetgroups`, async (page) => {
        const phone = device === 'phone';
        await openDemoPage(page, phone, 'nav-target-groups', /\/target-groups$/);
        await page.locator('h2', { hasText: 'Target groups' }).waitFor();
        const run = `${device}-${Date.now().toString(36)}`;
        const created = await createContacts(page, run);
        const groupName = `E2E key staff ${run}`;
        try {
          // The list (or its empty state) offers a create button.
          const create = page.locator('#tg-create');
          await expect.poll(() => isSeen(create)).toBe(true);
          await create.click();
          await page.waitForURL(/\/target-groups\/new$/);
          await page.locator('#tg-name input').fill(groupName);

          // With no condition the rule selects everyone; the first condition narrows it to the company's industry.
          await pick(page, 'rule-root-add-kind', 'Company');
          await page.locator('#rule-root-add').click();
          await pick(page, 'rule-1-field', 'Industry');
          await page.locator('#rule-1-values input').fill(created.industry);
          const count = page.locator('#tg-count');
          await expectCount(count, '3 contacts');
          const preview = page.locator('#tg-preview-members');
          await expect.poll(() => preview.innerText(), SERVER).toContain(created.names[2]);

          // A second condition by keyboard: the kind select, then the Add button; key staff only.
          await pick(page, 'rule-root-add-kind', 'Contact');
          await page.locator('#rule-root-add').focus();
          await page.keyboard.press('Enter');
          await page.locator('#rule-2').waitFor();
          await expectCount(count, '2 contacts');
          await expect.poll(() => preview.innerText(), SERVER).not.toContain(created.names[2]);

          // A bad value is named on its condition and the count waits for it.
          await pick(page, 'rule-root-add-kind', 'Purchases');
          await page.locator('#rule-root-add').click();
          await page.locator('#rule-3-last-days input').fill('0');
          const problem = page.locator('#tg-preview-problem');
          await expect
            .poll(() => problem.innerText())
            .toBe('Condition 3 (Purchases): Enter a whole number of days from 1 to 3660.');
          await expect.poll(() => isSeen(problem)).toBe(true);
          await page.locator('#rule-3-remove').click();
          await expectCount(count, '2 contacts');
          expect(await hasHorizontalOverflow(page)).toBe(false);
          await screenshot(page, `${device}-targetgroup-builder`);

          await page.locator('#tg-save').click();
          await page.waitForURL(/\/target-groups\/[0-9a-f-]{36}$/);
          await page.locator('#tg-title', { hasText: groupName }).waitFor();
          await expectCount(page.locator('#tg-page-count'), '2 contacts');
          const versions = page.locator('#tg-versions');
          await expect.poll(() => versions.innerText(), SERVER).toContain('Version 1');
          await expect.poll(() => versions.innerText(), SERVER).toContain('analyst');
          const summary = page.locator('#tg-rule-summary');
          await expect.poll(() => summary.innerText(), SERVER).toContain('Is key staff');

          // A member links to the contact's card.
          const alma = page.locator('#tg-members a', { hasText: created.names[0] });
          await expect.poll(() => isSeen(alma), SERVER).toBe(true);
          expect(await alma.getAttribute('href')).toBe(`/contacts/${created.contactIds[0]}`);

          // Excluding a member keeps them apart from the rule: listed as kept out by hand, no longer a member.
          const exclude = page.getByRole('button', { name: `Exclude ${created.names[0]}` });
          await expect.poll(() => isSeen(exclude), SERVER).toBe(true);
          await exclude.click();
          const excluded = page.locator('#tg-excluded');
          await expect.poll(() => excluded.innerText(), SERVER).toContain(created.names[0]);
          await expect.poll(() => isSeen(excluded.locator('a', { hasText: created.names[0] }))).toBe(true);
          await expect.poll(() => page.locator('#tg-members').innerText(), SERVER).not.toContain(created.names[0]);
          await expectCount(page.locator('#tg-page-count'), '1 contact');

          // A changed rule is a new version; the manual exclusion stays.
          await page.locator('#tg-edit-rule').click();
          await page.waitForURL(/\/edit$/);
          await page.locator('#rule-2').waitFor();
          await page.locator('#rule-2-remove').click();
          await expectCount(page.locator('#tg-count'), '3 contacts');
          await page.locator('#tg-save', { hasText: 'Save as version 2' }).click();
          await page.waitForURL(/\/target-groups\/[0-9a-f-]{36}$/);
          await expect.poll(() => versions.innerText(), SERVER).toContain('Version 2');
          await expectCount(page.locator('#tg-page-count'), '2 contacts');
          await expect.poll(() => excluded.innerText(), SERVER).toContain(created.names[0]);

          // Today's record of the group draws its history chart.
          const recordHistory = page.locator('#tg-history-record');
          await expect.poll(() => isSeen(recordHistory)).toBe(true);
          await recordHistory.click();
          await expect.poll(() => isSeen(page.locator('#tg-history-chart svg')), SERVER).toBe(true);
          expect(await hasHorizontalOverflow(page)).toBe(false);
          await screenshot(page, `${device}-targetgroup-page`);

          // A member's link opens their card.
          await page.locator('#tg-members a', { hasText: created.names[1] }).click();
          await page.waitForURL(new RegExp(`/contacts/${created.contactIds[1]}$`));
          await expect
            .poll(() => isSeen(page.locator('#contact-name', { hasText: created.names[1] })), SERVER)
            .toBe(true);

          // The list shows the group with its live size.
          await navigateTo(page, phone, 'nav-target-groups', /\/target-groups$/);
          const row = page.locator('#tg-grid vaadin-grid-cell-content').filter({ hasText: groupName });
          await expect.poll(() => isSeen(row.first()), SERVER).toBe(true);

          // The quality dashboard after "Record now": the contacts chart with today's figure.
          await navigateTo(page, phone, 'nav-quality', /\/quality$/);
          await page.locator('h2', { hasText: 'Quality of the customer base' }).waitFor();
          const record = page.locator('#quality-record');
          await expect.poll(() => isSeen(record), SERVER).toBe(true);
          await record.click();
          const recorded = page.getByRole('status').filter({ hasText: 'Recorded today' });
          await expect.poll(() => isSeen(recorded), { timeout: 60_000 }).toBe(true);
          const latest = page.locator('#quality-contacts-latest');
          await expect.poll(() => latest.innerText(), SERVER).toMatch(/^\d[\d,]*$/);
          await expect.poll(() => isSeen(latest)).toBe(true);
          await expect.poll(() => isSeen(page.locator('#quality-consent svg[role=img]'))).toBe(true);
          expect(await hasHorizontalOverflow(page)).toBe(false);
          await screenshot(page, `${device}-quality`);
        } finally {
          await cleanUp(page, created, groupName);
        }
      });
    });
  }
});
