import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';

/**
 * Where the app runs (the Quarkus app serving the SPA, or `vite preview` with its proxy): the BASE_URL
 * environment variable, passed on as E2E_APP_URL by vitest.e2e.config.ts because Vitest reserves BASE_URL.
 */
export const BASE_URL = (process.env.E2E_APP_URL ?? 'http://localhost:8080').replace(/\/$/, '');
export const SCREENSHOT_DIR = process.env.SCREENSHOT_DIR ?? 'target/screenshots';
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const DESKTOP = { width: 1280, height: 900 } as const;
export const PHONE = { width: 390, height: 844 } as const;

const LAUNCH_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS, headless: true });
}

export async function newContext(browser: Browser, viewport: { width: number; height: number }): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport, locale: 'en-US', isMobile: viewport.width < 600, hasTouch: viewport.width < 600 });
  context.setDefaultTimeout(30_000);
  context.setDefaultNavigationTimeout(60_000);
  return context;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** Runs a scenario in a fresh context and keeps a screenshot of the page when it fails. */
export async function inFreshContext(
  browser: Browser,
  viewport: { width: number; height: number },
  failureName: string,
  scenario: (page: Page) => Promise<void>,
): Promise<void> {
  const context = await newContext(browser, viewport);
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  try {
    await scenario(page);
  } catch (error) {
    await screenshot(page, `failure-${failureName}`).catch(() => undefined);
    if (consoleErrors.length > 0) console.error(`Browser console errors in ${failureName}:\n${consoleErrors.join('\n')}`);
    throw error;
  } finally {
    await context.close();
  }
}

/** Opens the app, goes through the real Keycloak login page and waits until the app greets the user. */
export async function logIn(page: Page, username: string, password: string, path = '/'): Promise<void> {
  await page.goto(`${BASE_URL}${path}`);
  const usernameField = page.locator('#username');
  // The SPA loads /config.json, then redirects to Keycloak; an error state instead means the app could not start.
  await Promise.race([
    usernameField.waitFor({ state: 'visible', timeout: 60_000 }),
    page
      .locator('[role=alert]')
      .waitFor({ state: 'visible', timeout: 60_000 })
      .then(async () => {
        throw new Error(`The app showed an error instead of redirecting to Keycloak: ${await page.locator('[role=alert]').innerText()}`);
      }),
  ]);
  await usernameField.fill(username);
  await page.locator('#password').fill(password);
  await page.locator('#kc-login').click();
  await page.waitForURL((url) => url.href.startsWith(BASE_URL) && !url.searchParams.has('code'), { timeout: 60_000 });
  await page.locator('#user-menu').waitFor({ state: 'visible', timeout: 60_000 });
}

/** A Vaadin Select's option, found in whichever overlay is open. */
export function selectItem(page: Page, text: string): Locator {
  return page.locator('vaadin-select-item').filter({ hasText: text, visible: true });
}

/** Opens a Vaadin Select and picks the option with this text. */
export async function choose(page: Page, selectId: string, optionText: string): Promise<void> {
  const select = page.locator(`#${selectId}`);
  await select.click();
  await selectItem(page, optionText).first().click();
  await page.waitForFunction((id) => !(document.getElementById(id) as HTMLElement & { opened: boolean }).opened, selectId);
}

/** The text shown in a Vaadin Select (the selected option's label). */
export function selectedText(page: Page, selectId: string): Promise<string> {
  return page.locator(`#${selectId} vaadin-select-value-button`).innerText();
}

export async function hasHorizontalOverflow(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
}

/** Closes the phone drawer and waits for its slide-out transition, so screenshots show the page. */
export async function closeDrawer(page: Page): Promise<void> {
  const layout = page.locator('vaadin-app-layout');
  if (await layout.evaluate((el) => (el as HTMLElement & { drawerOpened: boolean }).drawerOpened)) {
    // The open overlay drawer covers the toggle; Escape is how a keyboard user closes it.
    await page.locator('#main-nav').focus();
    await page.keyboard.press('Escape');
  }
  await page.waitForFunction(() => !(document.querySelector('vaadin-app-layout') as HTMLElement & { drawerOpened: boolean }).drawerOpened);
  await page.waitForTimeout(500);
}

/** Opens the phone drawer (the navigation overlay) unless it is open already. */
export async function openDrawer(page: Page): Promise<void> {
  const opened = await page.locator('vaadin-app-layout').evaluate((el) => (el as HTMLElement & { drawerOpened: boolean }).drawerOpened);
  if (!opened) await page.locator('#drawer-toggle').click();
  await page.locator('#main-nav').waitFor({ state: 'visible' });
}
