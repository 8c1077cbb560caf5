import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  choose,
  closeDrawer,
  DESKTOP,
  hasHorizontalOverflow,
  inFreshContext,
  launchBrowser,
  logIn,
  openDrawer,
  PHONE,
  screenshot,
  selectedText,
} from './support/browser';

// Users of the dev realm (infra/keycloak): admin manages workspaces, analyst may only read them.
const ADMIN = { username: 'admin', password: 'demo' };
const ANALYST = { username: 'analyst', password: 'demo' };

const uniqueName = (prefix: string) => `${prefix} ${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;

async function goToWorkspaces(page: Page, viaDrawer: boolean) {
  if (viaDrawer) await openDrawer(page);
  await page.locator('#nav-workspaces').click();
  await page.waitForURL(/\/workspaces$/);
  await page.locator('h2', { hasText: 'Workspaces' }).waitFor();
}

async function createWorkspace(page: Page, name: string) {
  await page.locator('#workspace-create').click();
  await page.locator('#workspace-name input').fill(name);
  await page.locator('#workspace-save').click();
  // The dialog closes and the list, refreshed from the server, shows the new workspace.
  await page.locator('#workspace-name').waitFor({ state: 'hidden' });
  await page.locator('#workspace-grid').getByText(name, { exact: true }).waitFor();
}

/** The whole admin journey; on a phone the drawer must be opened to reach navigation and switchers. */
async function adminJourney(page: Page, device: 'desktop' | 'phone') {
  const phone = device === 'phone';
  await logIn(page, ADMIN.username, ADMIN.password);
  await goToWorkspaces(page, phone);

  const name = uniqueName(`E2E ${device}`);
  await createWorkspace(page, name);

  if (phone) await openDrawer(page);
  await choose(page, 'workspace-switcher', name);
  await expect.poll(() => selectedText(page, 'workspace-switcher')).toBe(name);
  // The page marks the chosen workspace as current.
  await expect
    .poll(() => page.locator('#workspace-grid').getByText(name, { exact: true }).locator('..').innerText())
    .toContain('Current');

  if (phone) await openDrawer(page);
  await choose(page, 'language-switch', 'Русский');
  await page.locator('#nav-workspaces', { hasText: 'Рабочие пространства' }).waitFor();
  await page.locator('h2', { hasText: 'Рабочие пространства' }).waitFor();
  expect(await page.locator('html').getAttribute('lang')).toBe('ru');

  if (phone) {
    // Close the drawer so the screenshot shows the page itself, then check nothing scrolls sideways.
    await closeDrawer(page);
    expect(await hasHorizontalOverflow(page)).toBe(false);
  }
  await screenshot(page, `${device}-workspaces-ru`);
}

describe('workspaces in the browser', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('admin on a desktop creates a workspace, switches to it and reads the page in Russian', async () => {
    await inFreshContext(browser, DESKTOP, 'desktop-admin', (page) => adminJourney(page, 'desktop'));
  });

  it('admin on a 390×844 phone does the same through the drawer', async () => {
    await inFreshContext(browser, PHONE, 'phone-admin', async (page) => {
      expect(await page.viewportSize()).toEqual(PHONE);
      await adminJourney(page, 'phone');
    });
  });

  it('analyst sees the workspaces page without a create button', async () => {
    await inFreshContext(browser, DESKTOP, 'desktop-analyst', async (page) => {
      await logIn(page, ANALYST.username, ANALYST.password, '/workspaces');
      // Sign-in restores the deep link.
      await page.waitForURL(/\/workspaces$/);
      await page.locator('h2', { hasText: 'Workspaces' }).waitFor();
      expect(await page.locator('#workspace-create').count()).toBe(0);
      await screenshot(page, 'desktop-workspaces-analyst');
    });
  });
});
