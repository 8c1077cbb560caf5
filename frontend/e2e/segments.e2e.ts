import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { callApi, workspaceIdByName } from './support/api';
import {
  DESKTOP,
  hasFocusWithin,
  hasHorizontalOverflow,
  inFreshContext,
  PHONE,
  screenshot,
  useBrowser,
  rowAction,
} from './support/browser';
import { ANALYST, DEMO_WORKSPACE, logInToDemo, navigateTo, VIEWER } from './support/demo';

// A segment the demo workspace has, to provoke the server's "name taken" error.
const EXISTING_SEGMENT = 'CIOs';

type Pair = { segmentId: string; channelId: string; weight: number };

async function weights(page: Page, workspaceId: string): Promise<Pair[]> {
  const data = await callApi<{ channelWeights: Pair[] }>(
    page,
    'query($w: ID!) { channelWeights(workspaceId: $w) { segmentId channelId weight } }',
    {
      w: workspaceId,
    },
  );
  return data.channelWeights;
}

/** Puts the weight matrix back exactly as it was (pairs added since are set to 0, which removes them). */
async function restoreWeights(page: Page, workspaceId: string, snapshot: Pair[]) {
  const key = (p: Pair) => `${p.segmentId}|${p.channelId}`;
  const before = new Map(snapshot.map((p) => [key(p), p]));
  const changed = (await weights(page, workspaceId))
    .filter((p) => before.get(key(p))?.weight !== p.weight)
    .map((p) => ({ segmentId: p.segmentId, channelId: p.channelId, weight: before.get(key(p))?.weight ?? 0 }));
  const now = new Set((await weights(page, workspaceId)).map(key));
  const missing = snapshot.filter((p) => !now.has(key(p)));
  const restore = [...changed, ...missing];
  if (restore.length > 0) {
    await callApi(
      page,
      'mutation($w: ID!, $ws: [ChannelWeightInput!]!) { setChannelWeights(workspaceId: $w, weights: $ws) { weight } }',
      {
        w: workspaceId,
        ws: restore,
      },
    );
  }
}

const uniqueName = (prefix: string) => `${prefix} ${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;

async function goTo(page: Page, nav: string, path: RegExp, heading: string, phone: boolean) {
  await navigateTo(page, phone, nav, path);
  await page.locator('h2', { hasText: heading }).waitFor();
}

function segmentRow(page: Page, name: string) {
  return page.locator('#segment-grid').getByText(name, { exact: true });
}

/** The error a Vaadin field shows under itself. */
function fieldError(page: Page, fieldId: string) {
  return page.locator(`#${fieldId} [slot="error-message"]`);
}

async function confirmDelete(page: Page) {
  await page.getByRole('button', { name: 'Delete', exact: true }).filter({ visible: true }).last().click();
}

/** Create (with client and server validation), edit and delete a segment, leaving the demo data as it was. */
async function segmentJourney(page: Page, device: 'desktop' | 'phone') {
  const phone = device === 'phone';
  await goTo(page, 'nav-segments', /\/segments$/, 'Target audience segments', phone);
  await segmentRow(page, EXISTING_SEGMENT).waitFor();
  const name = uniqueName(`E2E ${device}`);
  let created = false;
  try {
    await page.locator('#segment-create').click();
    await page.locator('#segment-name').waitFor({ state: 'visible' });
    await expect.poll(() => hasFocusWithin(page, '#segment-name')).toBe(true);

    // Client-side checks: no name, reaction weight out of range.
    await page.locator('#segment-reaction-weight input').fill('1,5');
    await page.locator('#segment-save').click();
    await expect.poll(() => fieldError(page, 'segment-name').innerText()).toBe('This field is required.');
    await expect
      .poll(() => fieldError(page, 'segment-reaction-weight').innerText())
      .toBe('Enter a number from 0 to 1.');

    // The server's rule (a name already taken) shows on the name field, worded from its reason.
    await page.locator('#segment-name input').fill(EXISTING_SEGMENT);
    await page.locator('#segment-reaction-weight input').fill('0,75');
    await page.locator('#segment-save').click();
    await expect
      .poll(() => fieldError(page, 'segment-name').innerText())
      .toBe(`The name “${EXISTING_SEGMENT}” is already taken in this workspace.`);

    await page.locator('#segment-name input').fill(name);
    await page.locator('#segment-profile textarea').fill('Created by a browser test; deleted at its end.');
    await page.locator('#segment-name input').press('Enter');
    await page.locator('#segment-name').waitFor({ state: 'hidden' });
    created = true;
    await segmentRow(page, name).waitFor();
    if (!phone) await expect.poll(() => page.locator('#segment-grid').innerText()).toContain('0.75');

    // Edit: rename and switch immersion.
    const renamed = `${name} edited`;
    await rowAction(page, 'Edit', name, phone);
    await expect.poll(() => page.locator('#segment-name input').inputValue()).toBe(name);
    await page.locator('#segment-name input').fill(renamed);
    await page.locator('#segment-immersion vaadin-radio-button', { hasText: 'Expert' }).click();
    await page.locator('#segment-save').click();
    await page.locator('#segment-name').waitFor({ state: 'hidden' });
    await segmentRow(page, renamed).waitFor();
    if (!phone) await screenshot(page, `${device}-segments`);

    // Delete, after a confirmation.
    await rowAction(page, 'Delete', renamed, phone);
    await expect.poll(() => page.locator('#delete-confirm-text').innerText()).toContain(`Delete “${renamed}”?`);
    await confirmDelete(page);
    await segmentRow(page, renamed).waitFor({ state: 'detached' });
    created = false;
    expect(await hasHorizontalOverflow(page)).toBe(false);
    if (phone) await screenshot(page, `${device}-segments`);
  } finally {
    if (created) await deleteLeftover(page, name);
  }
}

/** After a failure: delete the test's segment (under either of its names) through the API. */
async function deleteLeftover(page: Page, name: string) {
  const workspaceId = await workspaceIdByName(page, DEMO_WORKSPACE);
  const { segments } = await callApi<{ segments: { id: string; name: string }[] }>(
    page,
    'query($w: ID!) { segments(workspaceId: $w) { id name } }',
    {
      w: workspaceId,
    },
  );
  for (const segment of segments.filter((s) => s.name.startsWith(name))) {
    await callApi(page, 'mutation($w: ID!, $id: ID!) { deleteSegment(workspaceId: $w, id: $id) }', {
      w: workspaceId,
      id: segment.id,
    });
  }
}

function cell(page: Page, row: number, col: number) {
  return page.locator(`#weight-${row}-${col}`);
}

/** Pastes text the way a browser delivers a spreadsheet block: a paste event on the focused cell. */
async function paste(page: Page, row: number, col: number, text: string) {
  await cell(page, row, col).focus();
  await cell(page, row, col).evaluate((input, data) => {
    const transfer = new DataTransfer();
    transfer.setData('text/plain', data);
    input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, text);
}

async function blockValues(page: Page, row: number, col: number, rows: number, cols: number): Promise<string[][]> {
  const values: string[][] = [];
  for (let r = 0; r < rows; r += 1) {
    values.push([]);
    for (let c = 0; c < cols; c += 1) values[r].push(await cell(page, row + r, col + c).inputValue());
  }
  return values;
}

/** Paste a block with a bad cell, fix it by keyboard, save and check after a reload; the old weights go back after. */
async function weightJourney(page: Page) {
  await goTo(page, 'nav-weights', /\/weights$/, 'Segment × channel weights', false);
  await cell(page, 1, 1).waitFor();
  const workspaceId = await workspaceIdByName(page, DEMO_WORKSPACE);
  const snapshot = await weights(page, workspaceId);
  try {
    await paste(page, 1, 1, '0,15\t0,25\r\n0,35\t1,5\r\n');
    await expect
      .poll(() => blockValues(page, 1, 1, 2, 2))
      .toEqual([
        ['0,15', '0,25'],
        ['0,35', '1,5'],
      ]);
    // The out-of-range cell is marked and blocks saving.
    await page.locator('#weights-invalid').waitFor();
    expect(await cell(page, 2, 2).getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#weights-save').getAttribute('disabled')).not.toBeNull();
    await page.locator('#weights-dirty').waitFor();

    // Keyboard: arrows move between cells; typing replaces the focused value; Enter moves down.
    await cell(page, 1, 1).focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => hasFocusWithin(page, '#weight-2-2')).toBe(true);
    await page.keyboard.type('0,45');
    await page.keyboard.press('Enter');
    await expect.poll(() => hasFocusWithin(page, '#weight-3-2')).toBe(true);
    await page.locator('#weights-invalid').waitFor({ state: 'detached' });
    await screenshot(page, 'desktop-weights');

    await page.locator('#weights-save').click();
    await page.locator('#weights-status', { hasText: 'Weights saved' }).waitFor();
    await page.locator('#weights-dirty').waitFor({ state: 'detached' });
    await page.reload();
    await cell(page, 1, 1).waitFor();
    expect(await blockValues(page, 1, 1, 2, 2)).toEqual([
      ['0.15', '0.25'],
      ['0.35', '0.45'],
    ]);
  } finally {
    // Other tests read the demo weights.
    await restoreWeights(page, workspaceId, snapshot);
  }
  const sorted = (pairs: Pair[]) =>
    [...pairs].sort((a, b) => `${a.segmentId}|${a.channelId}`.localeCompare(`${b.segmentId}|${b.channelId}`));
  expect(sorted(await weights(page, workspaceId))).toEqual(sorted(snapshot));
}

describe('Segments, channels and weights', () => {
  const browser = useBrowser();

  it('lets an analyst create, edit and delete a segment and edit the weight matrix, on a desktop', async () => {
    await inFreshContext(browser(), DESKTOP, 'segments-desktop', async (page) => {
      await logInToDemo(page, false);
      await segmentJourney(page, 'desktop');
      await weightJourney(page);
    });
  });

  it('checks a channel address on the right field and lists channels, on a desktop', async () => {
    await inFreshContext(browser(), DESKTOP, 'channels-desktop', async (page) => {
      await logInToDemo(page, false, ANALYST, '/channels');
      await page.locator('h2', { hasText: 'Channels' }).waitFor();
      await page.locator('#channel-grid').getByText('CIO Weekly', { exact: true }).waitFor();
      await page.locator('#channel-create').click();
      await page.locator('#channel-name input').fill('E2E channel');
      await page.locator('#channel-url input').fill('www.example.org');
      await page.locator('#channel-save').click();
      await expect.poll(() => fieldError(page, 'channel-url').innerText()).toContain('http://');
      // Nothing is saved: the dialog is cancelled.
      await page.getByRole('button', { name: 'Cancel' }).click();
      await page.locator('#channel-name').waitFor({ state: 'hidden' });
      expect(await page.locator('#channel-grid').getByText('E2E channel').count()).toBe(0);
      await screenshot(page, 'desktop-channels');
    });
  });

  it('works on a phone: segment create, edit, delete through the row menu; weights paste and discard', async () => {
    await inFreshContext(browser(), PHONE, 'segments-phone', async (page) => {
      await logInToDemo(page, true);
      await segmentJourney(page, 'phone');

      await goTo(page, 'nav-weights', /\/weights$/, 'Segment × channel weights', true);
      await cell(page, 0, 0).waitFor();
      const original = await blockValues(page, 0, 0, 1, 2);
      await paste(page, 0, 0, '0,5\t0,6');
      await page.locator('#weights-dirty').waitFor();
      // The matrix scrolls in its own box; the page does not scroll sideways.
      expect(await hasHorizontalOverflow(page)).toBe(false);
      await screenshot(page, 'phone-weights');
      await page.locator('#weights-discard').click();
      await page.locator('#weights-dirty').waitFor({ state: 'detached' });
      expect(await blockValues(page, 0, 0, 1, 2)).toEqual(original);

      await goTo(page, 'nav-channels', /\/channels$/, 'Channels', true);
      await page.getByRole('menuitem', { name: 'Actions for CIO Weekly' }).waitFor();
      expect(await hasHorizontalOverflow(page)).toBe(false);
      await screenshot(page, 'phone-channels');
    });
  });

  it('shows a viewer the data without write controls', async () => {
    await inFreshContext(browser(), DESKTOP, 'segments-viewer', async (page) => {
      await logInToDemo(page, false, VIEWER, '/segments');
      await segmentRow(page, EXISTING_SEGMENT).waitFor();
      expect(await page.locator('#segment-create').count()).toBe(0);
      expect(await page.getByRole('button', { name: `Edit ${EXISTING_SEGMENT}` }).count()).toBe(0);
      await goTo(page, 'nav-weights', /\/weights$/, 'Segment × channel weights', false);
      expect(await cell(page, 0, 0).getAttribute('readonly')).not.toBeNull();
      expect(await page.locator('#weights-save').count()).toBe(0);
      await screenshot(page, 'desktop-weights-viewer');
    });
  });
});
