import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';

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

/** The screens a journey that must hold on both runs on, each in a test of its own. */
export const DEVICES = [
  ['desktop', DESKTOP],
  ['phone', PHONE],
] as const;

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS, headless: true });
}

/** One Chromium for the tests of the enclosing `describe`: launched before them, closed after them. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('The browser is launched in beforeAll');
    return browser;
  };
}

export async function newContext(
  browser: Browser,
  viewport: { width: number; height: number },
): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport,
    locale: 'en-US',
    isMobile: viewport.width < 600,
    hasTouch: viewport.width < 600,
  });
  context.setDefaultTimeout(30_000);
  context.setDefaultNavigationTimeout(60_000);
  return context;
}

/**
 * Waits until no Vaadin overlay (Select dropdown, menu, dialog) is open or still animating open or closed,
 * so a screenshot shows the page and not a dropdown fading out. Overlays may live in shadow roots.
 */
export async function waitForOverlaysClosed(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const busy = (root: Document | ShadowRoot): boolean =>
      [...root.querySelectorAll('*')].some((el) => {
        if (
          el.localName.endsWith('-overlay') &&
          (el.hasAttribute('opening') ||
            el.hasAttribute('closing') ||
            (el as HTMLElement & { opened?: boolean }).opened)
        ) {
          return true;
        }
        return el.shadowRoot ? busy(el.shadowRoot) : false;
      });
    return !busy(document);
  });
}

/** Takes a full-page screenshot once overlays have closed; `failure-*` shots are taken as the page is. */
export async function screenshot(page: Page, name: string): Promise<string> {
  if (!name.startsWith('failure-')) await waitForOverlaysClosed(page);
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
    if (consoleErrors.length > 0)
      console.error(`Browser console errors in ${failureName}:\n${consoleErrors.join('\n')}`);
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
        throw new Error(
          `The app showed an error instead of redirecting to Keycloak: ${await page.locator('[role=alert]').innerText()}`,
        );
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
  await page.waitForFunction(
    (id) => !(document.getElementById(id) as HTMLElement & { opened: boolean }).opened,
    selectId,
  );
}

/** The text shown in a Vaadin Select (the selected option's label). */
export function selectedText(page: Page, selectId: string): Promise<string> {
  return page.locator(`#${selectId} vaadin-select-value-button`).innerText();
}

export async function hasHorizontalOverflow(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
}

/**
 * What of a Vaadin Grid does not fit: whether its body scrolls sideways, and the cells whose content is
 * wider than the cell or that reach past the grid's right edge (e.g. a truncated action button).
 */
export async function gridOverflow(
  page: Page,
  gridId: string,
): Promise<{ scrollsSideways: boolean; clippedCells: string[]; checkedCells: number }> {
  return page.locator(`#${gridId}`).evaluate((grid) => {
    const table = grid.shadowRoot?.querySelector('#table') as HTMLElement | null;
    const scrollsSideways = table ? table.scrollWidth > table.clientWidth + 1 : false;
    const right = grid.getBoundingClientRect().right;
    const shown = [...grid.querySelectorAll<HTMLElement>('vaadin-grid-cell-content')].filter(
      (cell) => cell.getBoundingClientRect().width > 0 && cell.innerText.trim() !== '',
    );
    const clippedCells = shown
      .filter((cell) => cell.scrollWidth > cell.clientWidth + 1 || cell.getBoundingClientRect().right > right + 1)
      .map((cell) => cell.innerText.trim());
    return { scrollsSideways, clippedCells, checkedCells: shown.length };
  });
}

/** Whether keyboard focus is on or inside the element matching `selector`, looking through shadow roots. */
export function hasFocusWithin(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    for (let el: Element | null = active; el; el = el.parentElement ?? (el.getRootNode() as ShadowRoot).host ?? null) {
      if (el.matches(sel)) return true;
    }
    return false;
  }, selector);
}

/**
 * Watches the page's GraphQL WebSocket. `subscribed(field)` resolves once the server acknowledged the
 * connection (whose connection_init carried a bearer token) and the page sent a subscription to `field`;
 * graphql-transport-ws has no acknowledgement for `subscribe`, so this is as close to "live" as a client sees.
 * Call before the page loads the app.
 */
export function watchGraphqlSocket(page: Page): {
  subscribed: (field: string) => Promise<void>;
  initCarriedToken: () => boolean;
  /** `error` messages and close codes the server sent, to explain a live update that never came. */
  problems: () => string[];
} {
  let acknowledged = false;
  let tokenInInit = false;
  const subscriptions: string[] = [];
  const problems: string[] = [];
  const waiters: Array<() => void> = [];
  const notify = () => waiters.splice(0).forEach((wake) => wake());
  page.on('websocket', (socket) => {
    if (!socket.url().endsWith('/graphql')) return;
    socket.on('framesent', ({ payload }) => {
      const message = parse(payload);
      if (message?.type === 'connection_init') {
        const authorization = (message.payload as { Authorization?: string } | undefined)?.Authorization ?? '';
        tokenInInit = /^Bearer \S+\.\S+\.\S+$/.test(authorization);
      }
      if (message?.type === 'subscribe')
        subscriptions.push(String((message.payload as { query?: string }).query ?? ''));
      notify();
    });
    socket.on('framereceived', ({ payload }) => {
      const message = parse(payload);
      if (message?.type === 'connection_ack') acknowledged = true;
      if (message?.type === 'error') problems.push(JSON.stringify(message.payload));
      notify();
    });
    socket.on('close', () => problems.push('socket closed'));
  });
  const subscribed = (field: string) =>
    new Promise<void>((resolve) => {
      const check = () => {
        if (acknowledged && subscriptions.some((query) => query.includes(field))) resolve();
        else waiters.push(check);
      };
      check();
    });
  return { subscribed, initCarriedToken: () => tokenInInit, problems: () => [...problems] };
}

function parse(payload: string | Buffer): { type?: string; payload?: unknown } | null {
  try {
    return JSON.parse(payload.toString()) as { type?: string; payload?: unknown };
  } catch {
    return null;
  }
}

/** Closes the phone drawer and waits for its slide-out transition, so screenshots show the page. */
export async function closeDrawer(page: Page): Promise<void> {
  const layout = page.locator('vaadin-app-layout');
  if (await layout.evaluate((el) => (el as HTMLElement & { drawerOpened: boolean }).drawerOpened)) {
    // The open overlay drawer covers the toggle; Escape is how a keyboard user closes it.
    await page.locator('#main-nav').focus();
    await page.keyboard.press('Escape');
  }
  await page.waitForFunction(
    () => !(document.querySelector('vaadin-app-layout') as HTMLElement & { drawerOpened: boolean }).drawerOpened,
  );
  await page.waitForTimeout(500);
}

/** Opens the phone drawer (the navigation overlay) unless it is open already. */
export async function openDrawer(page: Page): Promise<void> {
  const opened = await page
    .locator('vaadin-app-layout')
    .evaluate((el) => (el as HTMLElement & { drawerOpened: boolean }).drawerOpened);
  if (!opened) await page.locator('#drawer-toggle').click();
  await page.locator('#main-nav').waitFor({ state: 'visible' });
}

/**
 * Whether a person sees the element: scrolled to, inside the viewport, and the topmost thing at its centre
 * (no dialog, drawer or notification over it). Poll it: a closing overlay covers the page for a moment.
 */
export async function isSeen(target: Locator): Promise<boolean> {
  await target.scrollIntoViewIfNeeded();
  return target.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const inside = box.width > 0 && box.height > 0 && box.left >= 0 && box.top >= 0;
    if (!inside || box.right > window.innerWidth || box.bottom > window.innerHeight) return false;
    let top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    while (top?.shadowRoot) {
      const deeper = top.shadowRoot.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      if (!deeper || deeper === top) break;
      top = deeper;
    }
    // Grid cells are slotted: walk up through slots and shadow hosts to see whether the element holds the point.
    for (let node: Node | null = top; node; node = (node as Element).assignedSlot ?? node.parentNode) {
      if (node === element) return true;
      if (node instanceof ShadowRoot) node = node.host;
      if (node === element) return true;
    }
    return false;
  });
}

/**
 * Whether a person sees a floating element (a tooltip) where it is now, without scrolling: a box inside the
 * viewport whose centre and corners are topmost (nothing over it, not clipped away by a scroll box). A tooltip
 * lets the pointer through (pointer-events: none), which hit testing would skip, so it takes part for the check.
 */
export async function isShownInViewport(target: Locator): Promise<boolean> {
  return target.evaluate((element: HTMLElement) => {
    const box = element.getBoundingClientRect();
    if (box.width <= 0 || box.height <= 0 || box.left < 0 || box.top < 0) return false;
    if (box.right > window.innerWidth || box.bottom > window.innerHeight) return false;
    const previous = element.style.pointerEvents;
    element.style.pointerEvents = 'auto';
    try {
      const inset = 2;
      const points: [number, number][] = [
        [box.left + box.width / 2, box.top + box.height / 2],
        [box.left + inset, box.top + inset],
        [box.right - inset, box.top + inset],
        [box.left + inset, box.bottom - inset],
        [box.right - inset, box.bottom - inset],
      ];
      return points.every(([x, y]) => element.contains(document.elementFromPoint(x, y)));
    } finally {
      element.style.pointerEvents = previous;
    }
  });
}

/** Runs a row action: a labelled button on wide pages, the row's "⋯" menu on phones. */
export async function rowAction(page: Page, action: 'Edit' | 'Delete', name: string, phone: boolean) {
  if (phone) {
    const menu = page.getByRole('menuitem', { name: `Actions for ${name}` });
    await expect.poll(() => isSeen(menu)).toBe(true);
    await menu.click();
    await page.locator('vaadin-menu-bar-item', { hasText: action }).filter({ visible: true }).click();
  } else {
    const button = page.getByRole('button', { name: `${action} ${name}` });
    await expect.poll(() => isSeen(button)).toBe(true);
    await button.click();
  }
}
