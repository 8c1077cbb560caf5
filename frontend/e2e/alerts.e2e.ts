import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { callApi, workspaceIdByName } from './support/api';
import {
  closeDrawer,
  DESKTOP,
  hasHorizontalOverflow,
  inFreshContext,
  isShownInViewport,
  logIn,
  newContext,
  openDrawer,
  PHONE,
  screenshot,
  useBrowser,
  watchGraphqlSocket,
} from './support/browser';
import { ANALYST, DEMO_WORKSPACE, logInToDemo, pickDemoWorkspace, VIEWER } from './support/demo';

// A live alert must reach the other browser within this time (the evaluator runs after the commit).
const LIVE_TIMEOUT = 20_000;

type Cell = {
  segmentId: string;
  channelId: string;
  urgency: string;
  clientPresence: number;
  competitors: { brandId: string; presence: number; publications: number }[];
};
type Publication = {
  id: string;
  title: string;
  url: string | null;
  author: string | null;
  externalId: string | null;
  weight: number;
  publishedAt: string;
  brand: { id: string };
  channel: { id: string };
  assessments: { impact: number; sentiment: string; segment: { id: string; name: string } }[];
};

const PUBLICATION_FIELDS =
  'id title url author externalId weight publishedAt brand { id } channel { id } assessments { impact sentiment segment { id name } }';

function toInput(p: Publication, sentimentFor?: { segmentId: string; sentiment: string }) {
  return {
    brandId: p.brand.id,
    channelId: p.channel.id,
    title: p.title,
    url: p.url,
    author: p.author,
    externalId: p.externalId,
    weight: p.weight,
    publishedAt: p.publishedAt,
    assessments: p.assessments.map((a) => ({
      segmentId: a.segment.id,
      impact: a.impact,
      sentiment: sentimentFor && a.segment.id === sentimentFor.segmentId ? sentimentFor.sentiment : a.sentiment,
    })),
  };
}

/**
 * A SECONDARY cell whose competitor pressure comes from one positive or neutral competitor publication:
 * turning that publication negative for the segment drops C to 0 and the cell to NONE, which raises an alert.
 */
async function findFlippableCell(
  page: Page,
  workspaceId: string,
): Promise<{ cell: Cell; publication: Publication; from: string; to: string }> {
  const { mediaBalance } = await callApi<{ mediaBalance: { from: string; to: string; cells: Cell[] } }>(
    page,
    'query($w: ID!) { mediaBalance(workspaceId: $w) { from to cells { segmentId channelId urgency clientPresence competitors { brandId presence publications } } } }',
    { w: workspaceId },
  );
  const candidates = mediaBalance.cells.filter(
    (c) =>
      c.urgency === 'SECONDARY' &&
      c.clientPresence >= 0 &&
      c.competitors.filter((b) => b.publications > 0).length === 1 &&
      c.competitors.find((b) => b.publications > 0)!.publications === 1,
  );
  for (const cell of candidates) {
    const brandId = cell.competitors.find((b) => b.publications > 0)!.brandId;
    const { publications } = await callApi<{ publications: { edges: { node: Publication }[] } }>(
      page,
      `query($w: ID!, $f: PublicationFilter) { publications(workspaceId: $w, filter: $f, first: 5) { edges { node { ${PUBLICATION_FIELDS} } } } }`,
      {
        w: workspaceId,
        f: {
          segmentIds: [cell.segmentId],
          channelIds: [cell.channelId],
          brandIds: [brandId],
          from: `${mediaBalance.from}T00:00:00Z`,
          to: `${mediaBalance.to}T00:00:00Z`,
        },
      },
    );
    const nodes = publications.edges.map((e) => e.node);
    const publication = nodes[0];
    const assessment = publication?.assessments.find((a) => a.segment.id === cell.segmentId);
    if (nodes.length === 1 && publication && assessment && assessment.sentiment !== 'NEGATIVE') {
      return { cell, publication, from: mediaBalance.from, to: mediaBalance.to };
    }
  }
  throw new Error('No SECONDARY cell with a single competitor publication to flip in the demo data');
}

async function updatePublication(page: Page, workspaceId: string, id: string, input: unknown) {
  await callApi(
    page,
    'mutation($w: ID!, $id: ID!, $i: PublicationInput!) { updatePublication(workspaceId: $w, id: $id, input: $i) { id } }',
    {
      w: workspaceId,
      id,
      i: input,
    },
  );
}

async function newestAlertId(page: Page, workspaceId: string): Promise<number> {
  const { alerts } = await callApi<{ alerts: { edges: { node: { id: string } }[] } }>(
    page,
    'query($w: ID!) { alerts(workspaceId: $w, first: 1) { edges { node { id } } } }',
    {
      w: workspaceId,
    },
  );
  return Number(alerts.edges[0]?.node.id ?? 0);
}

describe('alerts', () => {
  const browser = useBrowser();

  it('an edit that changes a cell raises an alert that arrives live in another browser, where it is acknowledged, assigned and resolved', async () => {
    // A: the analyst who edits; B: the analyst watching the dashboard in another browser context;
    // C: the viewer on a phone, whose navigation (and its badge) hides in the drawer.
    const contextA = await newContext(browser(), DESKTOP);
    const contextB = await newContext(browser(), DESKTOP);
    const contextC = await newContext(browser(), PHONE);
    const a = await contextA.newPage();
    const b = await contextB.newPage();
    const c = await contextC.newPage();
    const socketB = watchGraphqlSocket(b);
    const socketC = watchGraphqlSocket(c);
    let restore: (() => Promise<void>) | null = null;
    let workspaceId = '';
    let flippedAlertId = 0;
    let reopenedAlertId: string | null = null;
    try {
      await logIn(a, ANALYST.username, ANALYST.password);
      await logIn(b, ANALYST.username, ANALYST.password);
      await pickDemoWorkspace(a, false);
      await pickDemoWorkspace(b, false);
      workspaceId = await workspaceIdByName(a, DEMO_WORKSPACE);
      await b.locator('#heatmap').waitFor();
      await socketB.subscribed('alerts(');
      await logInToDemo(c, true, VIEWER);
      await socketC.subscribed('alerts(');

      const before = await newestAlertId(a, workspaceId);
      const { cell, publication } = await findFlippableCell(a, workspaceId);
      const segmentName = publication.assessments.find((x) => x.segment.id === cell.segmentId)!.segment.name;
      restore = () => updatePublication(a, workspaceId, publication.id, toInput(publication));
      await updatePublication(
        a,
        workspaceId,
        publication.id,
        toInput(publication, { segmentId: cell.segmentId, sentiment: 'NEGATIVE' }),
      );

      // B sees the cell recover live; the app closed that alert itself, so it says why and asks for nothing.
      const liveItem = b.locator('#alert-feed .alert-item').first();
      await expect
        .poll(async () => Number((await liveItem.getAttribute('data-alert-id')) ?? 0), { timeout: LIVE_TIMEOUT })
        .toBeGreaterThan(before);
      flippedAlertId = Number(await liveItem.getAttribute('data-alert-id'));
      expect(await liveItem.innerText()).toContain(segmentName);
      expect(await liveItem.innerText()).toContain('Secondary → None');
      expect(await liveItem.innerText()).toContain('Recovered on its own');
      expect(problemsOrNone(socketB.problems())).toBe('none');

      // Restoring the publication makes the cell SECONDARY again: an open alert, with the unread badge.
      const restoring = restore;
      restore = null;
      await restoring();
      await expect
        .poll(async () => Number((await liveItem.getAttribute('data-alert-id')) ?? 0), { timeout: LIVE_TIMEOUT })
        .toBeGreaterThan(flippedAlertId);
      const alertId = (await liveItem.getAttribute('data-alert-id'))!;
      reopenedAlertId = alertId;
      expect(await liveItem.innerText()).toContain('None → Secondary');
      await b.locator('#alerts-unread').waitFor({ timeout: LIVE_TIMEOUT });
      await screenshot(b, 'desktop-dashboard-live-alert');
      // On the phone the count shows in the navigation bar; tapping it opens Alerts, which clears it.
      await c.locator('#navbar-unread').waitFor({ state: 'visible', timeout: LIVE_TIMEOUT });
      await screenshot(c, 'phone-unread-badge');
      await c.locator('#navbar-unread').click();
      await c.waitForURL(/\/alerts$/);
      await c.locator('#navbar-unread').waitFor({ state: 'detached' });

      // Opening Alerts clears the badge; the most urgent alerts come first.
      await b.locator('#nav-alerts').click();
      await b.waitForURL(/\/alerts$/);
      const item = b.locator(`#alert-list [data-alert-id="${alertId}"]`);
      await item.waitFor();
      await b.locator('#alerts-unread').waitFor({ state: 'detached' });
      expect(await b.locator('#alert-list .alert-item .urgency-chip').first().innerText()).toBe('Immediate');
      // Picked and acknowledged through the bulk actions.
      await item.getByRole('checkbox', { name: /^Pick / }).click();
      await expect.poll(() => b.locator('#alert-list-picked').innerText()).toBe('1 alert picked');
      await b.locator('#alert-list-acknowledge-picked').click();
      await expect.poll(() => item.innerText()).toContain('Acknowledged');
      await expect.poll(() => b.locator('#alert-list-picked').innerText()).toBe('0 alerts picked');
      // Assign to the analyst, through the member picker.
      await item.locator('vaadin-select').click();
      await b.locator('vaadin-select-item').filter({ hasText: 'analyst', visible: true }).first().click();
      await expect.poll(() => item.innerText()).toContain('Assigned to analyst');
      await screenshot(b, 'desktop-alerts');

      // Resolve with a comment (required).
      await item.getByRole('button', { name: /^Resolve / }).click();
      await b.locator('#alert-resolve-save').click();
      await b.locator('#alert-resolve-comment[invalid]').waitFor({ state: 'attached' });
      await b.locator('#alert-resolve-comment textarea').fill('E2E: checked the flipped publication, reverted it.');
      await b.locator('#alert-resolve-save').click();
      await expect.poll(() => item.innerText()).toContain('Resolved by analyst: E2E: checked the flipped publication');
      reopenedAlertId = null;
      // Filtered to resolved alerts, it is listed with its comment, and the recovery with its reason.
      await b.locator('#alert-filter-state').locator('[part~="clear-button"]').click();
      await b.locator('#alert-filter-state input').click();
      await b
        .locator('vaadin-multi-select-combo-box-item')
        .filter({ hasText: 'Resolved', visible: true })
        .first()
        .click();
      await b.keyboard.press('Escape');
      await b
        .locator(`#alert-list [data-alert-id="${alertId}"]`, { hasText: 'E2E: checked the flipped publication' })
        .waitFor();
      await b.locator(`#alert-list [data-alert-id="${flippedAlertId}"]`, { hasText: 'Recovered on its own' }).waitFor();

      // The alert leads to its evidence: its cell opens in the dashboard's drill-down, the decision on top.
      await item.getByRole('link', { name: /^Open .* with its evidence$/ }).click();
      await b.waitForURL(/\/\?segment=.*&channel=/);
      await b.locator('#drill-down').waitFor();
      const dialogName = await b.locator('vaadin-dialog[opened]').getAttribute('aria-label');
      expect(dialogName).toContain(segmentName);
      await expect.poll(() => isShownInViewport(b.locator('#drill-alerts'))).toBe(true);
      await b.locator(`#cell-alerts [data-alert-id="${alertId}"]`).waitFor();
      const [decision, evidence] = await Promise.all(
        ['#drill-alerts', '#drill-presence'].map((sel) => b.locator(sel).boundingBox()),
      );
      expect(decision!.y).toBeLessThan(evidence!.y);
      await b.locator('#drill-close').click();
      await b.waitForURL((url) => !url.search.includes('segment='));
    } finally {
      // Leave the demo data as it was: the publication gets its original assessment back, and the alert that
      // raises (or the one the journey stopped on) is closed, so the demo's open alerts stay as they were.
      if (restore) {
        await restore();
        if (flippedAlertId > 0) {
          await expect
            .poll(() => newestAlertId(a, workspaceId), { timeout: LIVE_TIMEOUT })
            .toBeGreaterThan(flippedAlertId);
          reopenedAlertId = String(await newestAlertId(a, workspaceId));
        }
      }
      if (reopenedAlertId) {
        await callApi(
          a,
          'mutation($w: ID!, $id: ID!) { resolveAlert(workspaceId: $w, id: $id, comment: "E2E: publication restored") { id } }',
          { w: workspaceId, id: reopenedAlertId },
        ).catch(() => undefined);
      }
      await contextA.close();
      await contextB.close();
      await contextC.close();
    }
  });

  it('settings: thresholds and window are validated before saving', async () => {
    await inFreshContext(browser(), DESKTOP, 'alerts-settings', async (page) => {
      await logInToDemo(page, false, ANALYST, '/settings');
      const immediate = page.locator('#settings-immediateGap input');
      await immediate.waitFor();
      const original = await immediate.inputValue();
      await immediate.fill('0.5');
      await page.locator('#settings-save').click();
      await page.locator('#settings-moderateGap', { hasText: 'Must not exceed the immediate threshold.' }).waitFor();
      await page.locator('#settings-alertWindowDays input').fill('400');
      await page.locator('#settings-alertWindowDays', { hasText: 'Between 1 and 366 days.' }).waitFor();
      await screenshot(page, 'desktop-settings-invalid');
      // Nothing was saved: a reload shows the stored value.
      await page.reload();
      await page.locator('#settings-immediateGap input').waitFor();
      await expect.poll(() => page.locator('#settings-immediateGap input').inputValue()).toBe(original);
      await screenshot(page, 'desktop-settings');
    });
  });

  it('phone: alerts and settings fit the screen and are usable with one thumb', async () => {
    await inFreshContext(browser(), PHONE, 'alerts-phone', async (page) => {
      await logInToDemo(page, true, ANALYST, '/alerts');
      await page.locator('#alert-list .alert-item').first().waitFor();
      expect(await hasHorizontalOverflow(page)).toBe(false);
      // Action buttons are large enough for a thumb (at least 44 px high).
      const box = await page.locator('#alert-list .alert-item vaadin-button').first().boundingBox();
      expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
      await screenshot(page, 'phone-alerts');
      await openDrawer(page);
      await page.locator('#nav-settings').click();
      await page.waitForURL(/\/settings$/);
      await closeDrawer(page);
      await page.locator('#settings-immediateGap').waitFor();
      expect(await hasHorizontalOverflow(page)).toBe(false);
      await screenshot(page, 'phone-settings');
    });
  });
});

describe('alerts as a viewer', () => {
  const browser = useBrowser();

  it('lists alerts and shows the settings without any way to change them', async () => {
    await inFreshContext(browser(), DESKTOP, 'alerts-viewer', async (page) => {
      await logInToDemo(page, false, VIEWER, '/alerts');
      await page.locator('#alert-list .alert-item').first().waitFor();
      expect(await page.locator('#alert-list vaadin-button').count()).toBe(0);
      expect(await page.locator('#alert-list vaadin-select').count()).toBe(0);
      await page.locator('#nav-settings').click();
      await page.locator('#settings-read-only').waitFor();
      expect(await page.locator('#settings-save').count()).toBe(0);
      expect(await page.locator('#settings-immediateGap[readonly]').count()).toBe(1);
    });
  });
});

function problemsOrNone(problems: string[]): string {
  return problems.filter((p) => p !== 'socket closed').length === 0 ? 'none' : problems.join('; ');
}
