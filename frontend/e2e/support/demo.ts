import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { choose, closeDrawer, logIn, openDrawer, selectedText } from './browser';

export type User = Readonly<{ username: string; password: string }>;

// The demo realm's users (infra/keycloak); all three are members of the demo workspace.
export const ADMIN: User = { username: 'admin', password: 'demo' };
export const ANALYST: User = { username: 'analyst', password: 'demo' };
export const VIEWER: User = { username: 'viewer', password: 'demo' };
// The workspace every test run starts with. Other tests read it too: change only what you created, or restore it.
export const DEMO_WORKSPACE = 'Northwind Systems (demo)';

/** Picks a workspace in the switcher (other tests add the analyst to more workspaces); on a phone the drawer stays open. */
async function pickWorkspace(page: Page, phone: boolean, name: string) {
  if (phone) await openDrawer(page);
  await choose(page, 'workspace-switcher', name);
  await expect.poll(() => selectedText(page, 'workspace-switcher')).toBe(name);
}

/** Picks the demo workspace; on a phone through the drawer, closed again afterwards. */
export async function pickDemoWorkspace(page: Page, phone: boolean) {
  await pickWorkspace(page, phone, DEMO_WORKSPACE);
  if (phone) await closeDrawer(page);
}

/** Follows a navigation link (`nav-<page>`) to the URL matching `path`; on a phone through the drawer. */
export async function navigateTo(page: Page, phone: boolean, nav: string, path: RegExp) {
  if (phone) await openDrawer(page);
  await page.locator(`#${nav}`).click();
  await page.waitForURL(path);
  if (phone) await closeDrawer(page);
}

/** Signs in as `user`, picks the demo workspace and follows a navigation link; on a phone through the drawer. */
export async function openDemoPage(page: Page, phone: boolean, nav: string, path: RegExp, user: User = ANALYST) {
  await logIn(page, user.username, user.password);
  await pickWorkspace(page, phone, DEMO_WORKSPACE);
  await page.locator(`#${nav}`).click();
  await page.waitForURL(path);
  if (phone) await closeDrawer(page);
}

/** Signs in as `user` at `path` and picks the demo workspace; on a phone through the drawer. */
export async function logInToDemo(page: Page, phone: boolean, user: User = ANALYST, path = '/') {
  await logIn(page, user.username, user.password, path);
  await pickDemoWorkspace(page, phone);
}
