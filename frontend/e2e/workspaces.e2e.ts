import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  choose,
  closeDrawer,
  DESKTOP,
  DEVICES,
  gridOverflow,
  hasFocusWithin,
  hasHorizontalOverflow,
  inFreshContext,
  logIn,
  newContext,
  openDrawer,
  PHONE,
  screenshot,
  selectedText,
  useBrowser,
  waitForOverlaysClosed,
  watchGraphqlSocket,
} from './support/browser';
import { ADMIN, ANALYST, DEMO_WORKSPACE } from './support/demo';

// Users of the dev realm (infra/keycloak): admin manages workspaces, analyst may only read them.
// A live update must reach the other browser within this time.
const LIVE_UPDATE_TIMEOUT = 10_000;

const uniqueName = (prefix: string) => `${prefix} ${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;

async function goToWorkspaces(page: Page, viaDrawer: boolean) {
  if (viaDrawer) await openDrawer(page);
  await page.locator('#nav-workspaces').click();
  await page.waitForURL(/\/workspaces$/);
  await page.locator('h2', { hasText: 'Workspaces' }).waitFor();
}

function gridRow(page: Page, name: string) {
  return page.locator('#workspace-grid').getByText(name, { exact: true });
}

/** Waits until the name field of the create/rename dialog has keyboard focus. */
async function expectNameFieldFocused(page: Page) {
  await page.locator('#workspace-name').waitFor({ state: 'visible' });
  await expect.poll(() => hasFocusWithin(page, '#workspace-name')).toBe(true);
}

/** Creates a workspace by keyboard: the dialog focuses the name field and Enter saves. */
async function createWorkspace(page: Page, name: string) {
  await page.locator('#workspace-create').click();
  await expectNameFieldFocused(page);
  await page.keyboard.type(name);
  await page.keyboard.press('Enter');
  // The dialog closes and the list, refreshed from the server, shows the new workspace.
  await page.locator('#workspace-name').waitFor({ state: 'hidden' });
  await gridRow(page, name).waitFor();
}

/** Nothing in the workspaces grid may be cut off or scroll sideways. */
async function expectGridFits(page: Page) {
  await waitForOverlaysClosed(page);
  await expect
    .poll(async () => {
      const { scrollsSideways, clippedCells, checkedCells } = await gridOverflow(page, 'workspace-grid');
      return { scrollsSideways, clippedCells, someCellsChecked: checkedCells > 0 };
    })
    .toEqual({ scrollsSideways: false, clippedCells: [], someCellsChecked: true });
}

/** The whole admin journey; on a phone the drawer must be opened to reach navigation and switchers. */
async function adminJourney(page: Page, device: 'desktop' | 'phone') {
  const phone = device === 'phone';
  await logIn(page, ADMIN.username, ADMIN.password);
  await goToWorkspaces(page, phone);

  const name = uniqueName(`E2E ${device}`);
  await createWorkspace(page, name);
  // Exactly one workspace was created, even though Enter reaches both the field and its form.
  expect(await gridRow(page, name).count()).toBe(1);

  // Escape closes the dialog without saving.
  await page.locator('#workspace-create').click();
  await expectNameFieldFocused(page);
  await page.keyboard.type('never saved');
  await page.keyboard.press('Escape');
  await page.locator('#workspace-name').waitFor({ state: 'hidden' });
  expect(await gridRow(page, 'never saved').count()).toBe(0);

  // The members panel shows the new workspace; Enter in the username field adds the member.
  await page.locator('#members-title', { hasText: name }).waitFor();
  await page.locator('#member-username input').fill('viewer');
  await page.locator('#member-username input').press('Enter');
  await page.locator('.member-list__name', { hasText: 'viewer' }).waitFor();
  expect(await page.locator('#member-username input').inputValue()).toBe('');

  if (phone) {
    // On a phone the row actions share one labelled "⋯" menu.
    await page.getByRole('menuitem', { name: `Actions for ${DEMO_WORKSPACE}` }).click();
    for (const action of ['Use', 'Members', 'Rename']) {
      await page.getByRole('menuitem', { name: action, exact: true }).waitFor();
    }
    await page.getByRole('menuitem', { name: 'Members', exact: true }).click();
    await page.locator('#members-title', { hasText: DEMO_WORKSPACE }).waitFor();
  } else {
    await page.getByRole('button', { name: `Rename ${DEMO_WORKSPACE}` }).waitFor();
  }

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
  // The longer Russian labels still fit: the grid re-measures its columns for the new language.
  await expectGridFits(page);
  if (!phone) {
    // In between: a small window with the drawer beside the page (820) gets the "⋯" menu, a tablet with the
    // drawer as an overlay (760) keeps the labelled buttons; neither may cut anything off.
    for (const width of [820, 760]) {
      await page.setViewportSize({ width, height: DESKTOP.height });
      const menus = () => page.locator('#workspace-grid vaadin-menu-bar').count();
      if (width === 820) await expect.poll(menus).toBeGreaterThan(0);
      else await expect.poll(menus).toBe(0);
      await expectGridFits(page);
      expect(await hasHorizontalOverflow(page)).toBe(false);
    }
    await page.setViewportSize(DESKTOP);
    await expectGridFits(page);
  }
  await screenshot(page, `${device}-workspaces-ru`);
}

describe('workspaces in the browser', () => {
  const browser = useBrowser();

  it('admin on a desktop creates a workspace, switches to it and reads the page in Russian', async () => {
    await inFreshContext(browser(), DESKTOP, 'desktop-admin', (page) => adminJourney(page, 'desktop'));
  });

  it('admin on a 390×844 phone does the same through the drawer', async () => {
    await inFreshContext(browser(), PHONE, 'phone-admin', async (page) => {
      expect(await page.viewportSize()).toEqual(PHONE);
      await adminJourney(page, 'phone');
    });
  });

  it('analyst sees the workspaces page without a create button', async () => {
    await inFreshContext(browser(), DESKTOP, 'desktop-analyst', async (page) => {
      await logIn(page, ANALYST.username, ANALYST.password, '/workspaces');
      // Sign-in restores the deep link.
      await page.waitForURL(/\/workspaces$/);
      await page.locator('h2', { hasText: 'Workspaces' }).waitFor();
      await gridRow(page, DEMO_WORKSPACE).waitFor();
      expect(await page.locator('#workspace-create').count()).toBe(0);
      expect(await page.getByRole('button', { name: `Rename ${DEMO_WORKSPACE}` }).count()).toBe(0);
      await expectGridFits(page);
      await screenshot(page, 'desktop-workspaces-analyst');
    });
  });

  for (const [device, viewport] of DEVICES) {
    it(`analyst sees the demo workspace on the home page (${device})`, async () => {
      await inFreshContext(browser(), viewport, `${device}-home-analyst`, async (page) => {
        await logIn(page, ANALYST.username, ANALYST.password);
        await page.locator('#greeting', { hasText: 'Hello, analyst!' }).waitFor();
        // Other tests make the analyst a member of more workspaces: pick the demo one in the switcher.
        if (device === 'phone') await openDrawer(page);
        await choose(page, 'workspace-switcher', DEMO_WORKSPACE);
        await expect.poll(() => selectedText(page, 'workspace-switcher')).toBe(DEMO_WORKSPACE);
        if (device === 'phone') await closeDrawer(page);
        await page.locator('#current-workspace', { hasText: `You are working in ${DEMO_WORKSPACE}.` }).waitFor();
        if (device === 'phone') expect(await hasHorizontalOverflow(page)).toBe(false);
        await screenshot(page, `${device}-home-analyst`);
      });
    });
  }

  it('a workspace created in one browser appears live in another, and a rename flows back', async () => {
    const contexts: BrowserContext[] = [];
    const pages: Page[] = [];
    const sockets: Array<ReturnType<typeof watchGraphqlSocket>> = [];
    try {
      const open = async () => {
        const context = await newContext(browser(), DESKTOP);
        contexts.push(context);
        const page = await context.newPage();
        pages.push(page);
        const socket = watchGraphqlSocket(page);
        sockets.push(socket);
        await logIn(page, ADMIN.username, ADMIN.password, '/workspaces');
        await page.locator('h2', { hasText: 'Workspaces' }).waitFor();
        await gridRow(page, DEMO_WORKSPACE).waitFor();
        await socket.subscribed('workspaceChanged');
        expect(socket.initCarriedToken()).toBe(true);
        // Survives only as long as the page is not reloaded.
        await page.evaluate(() => ((window as unknown as { e2eNoReload: boolean }).e2eNoReload = true));
        return page;
      };
      const a = await open();
      const b = await open();
      const notReloaded = (page: Page) =>
        page.evaluate(() => (window as unknown as { e2eNoReload?: boolean }).e2eNoReload === true);

      const name = uniqueName('E2E live');
      await createWorkspace(a, name);
      await gridRow(b, name).waitFor({ timeout: LIVE_UPDATE_TIMEOUT });
      expect(await notReloaded(b)).toBe(true);

      const renamed = `${name} renamed`;
      await b.getByRole('button', { name: `Rename ${name}` }).click();
      await expectNameFieldFocused(b);
      await b.locator('#workspace-name input').fill(renamed);
      await b.keyboard.press('Enter');
      await gridRow(b, renamed).waitFor();
      await gridRow(a, renamed).waitFor({ timeout: LIVE_UPDATE_TIMEOUT });
      expect(await gridRow(a, name).count()).toBe(0);
      expect(await notReloaded(a)).toBe(true);
    } catch (error) {
      for (const [i, page] of pages.entries())
        await screenshot(page, `failure-live-update-${'ab'[i]}`).catch(() => undefined);
      for (const [i, socket] of sockets.entries()) {
        if (socket.problems().length > 0)
          console.error(`GraphQL socket of browser ${'AB'[i]}: ${socket.problems().join('; ')}`);
      }
      throw error;
    } finally {
      for (const context of contexts) await context.close();
    }
  });
});
