/**
 * The billing export as a peer and their billing clerk meet it: a signed note checked against
 * the payer, refused while Jordan's record lacks what the payer needs (each refusal opening the
 * note), and once fixed, saved from the whole-notebook Billing screen as a CSV a spreadsheet reads,
 * with the export in Jordan's history; and their record refused to someone else without a release.
 */
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { LaunchedApp } from './harness';
import { openApp } from './app';
import { APARTMENT_VISIT, signNote, startRecoveryPlan, tab, unlockToJordan, writeNote } from './flows';
import { waitFor } from '../support/wait-for';

let app: LaunchedApp;
let page: Page;
let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'peer-notebook-billing-'));
  app = await openApp({ notebook: 'jordan' });
  page = app.page;
  await unlockToJordan(page);
});
afterEach(async () => {
  await app.close();
  await rm(folder, { recursive: true, force: true });
});

const GOAL = 'Have my own place with a door that locks';

async function checkMarch(page: Page) {
  await page.getByLabel('Notes from').fill('2026-03-01');
  await page.getByLabel('Through').fill('2026-03-31');
  await page.getByRole('button', { name: 'Check these notes' }).click();
}

describe('the billing export', () => {
  it('lists what the payer would refuse, opens the note to fix it, then saves the claims as CSV and notes the export', async () => {
    await startRecoveryPlan(page, GOAL, 'Call the housing office');
    const editor = await writeNote(page, {
      ...APARTMENT_VISIT,
      goal: GOAL,
      response: 'I can do this',
    });
    await signNote(page, editor);

    // From Jordan's notes: refused, with why, in plain words.
    await page.getByRole('button', { name: 'Check notes for billing' }).click();
    await checkMarch(page);
    await waitFor(page.getByText('No signed notes are ready to bill in these dates.'));
    const refused = page.getByRole('list', { name: '1 note the payer would refuse' });
    const refusal = await refused.textContent();
    expect(refusal).toContain('Jordan Rivers, note from March 2, 2026 at 10:00 AM');
    expect(refusal).toContain("Jordan Rivers's record has no Medicaid number. Add it on their profile.");
    expect(refusal).toContain("Jordan Rivers's record has no date of birth");
    expect(await page.getByRole('button', { name: 'Save the claims (CSV)' }).count()).toBe(0);

    await refused.getByRole('button', { name: 'Open this note to fix it' }).click();
    await waitFor(page.getByRole('heading', { name: /Jordan Rivers/ }));
    expect(await page.getByRole('tab', { name: 'Notes', exact: true }).getAttribute('aria-selected')).toBe('true');
    await waitFor(page.locator('.note-opened'));
    expect(await page.evaluate(() => document.activeElement?.classList.contains('note-opened'))).toBe(true);

    await tab(page, 'About');
    await page.getByRole('button', { name: 'Edit the profile' }).click();
    await page.getByLabel('Record or Medicaid number').fill('=900123456Q');
    await page.getByLabel('Date of birth').fill('1990-05-01');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await waitFor(page.getByRole('button', { name: 'Edit the profile' }));

    // The whole notebook, from the Billing screen.
    await page.getByRole('button', { name: 'Billing', exact: true }).click();
    await checkMarch(page);
    await waitFor(page.getByText('1 note is ready to bill.'));
    await waitFor(page.getByText('Nothing the payer would refuse. Well done.'));
    await waitFor(page.getByText(/pays only when a signed service order is on file/));
    app.exportFileDialog.folder = folder;
    await page.getByRole('button', { name: 'Save the claims (CSV)' }).click();
    await waitFor(page.getByRole('status').filter({ hasText: 'Saved as Claims nc-medicaid 2026-03-01 to 2026-03-31.csv.' }));

    expect(await readdir(folder)).toEqual(['Claims nc-medicaid 2026-03-01 to 2026-03-31.csv']);
    const csv = await readFile(join(folder, 'Claims nc-medicaid 2026-03-01 to 2026-03-31.csv'), 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = Papa.parse<string[]>(csv.slice(1).trimEnd(), { newline: '\r\n' }).data;
    expect(rows).toEqual([
      expect.arrayContaining(['medicaid_id', 'procedure_code', 'units', 'goal_served']),
      // The id a spreadsheet would run as a formula is neutralised.
      ["'=900123456Q", '2026-03-02', '10:00', '10:50', 'H0038', '', '', '', '', '3', '99', 'Dana Peer', 'CPSS', GOAL],
    ]);

    await page.getByRole('button', { name: 'People', exact: true }).click();
    await page.getByRole('button', { name: /Jordan Rivers/ }).click();
    await tab(page, 'History');
    await waitFor(
      page.getByText('1 service note from March 1, 2026 to March 31, 2026 exported for billing to NC Medicaid (peer support, 8G)'),
    );

    // Their record for someone else: refused without a release that allows it, and nothing saved.
    await tab(page, 'Sharing log');
    await page.getByLabel('Who it is for').fill('Wake County Housing');
    await page.getByLabel('Why they need it').fill('Housing application');
    await page.getByLabel(/I checked: what the release allows/).check();
    await page.getByRole('button', { name: 'Check the release and save the file' }).click();
    await waitFor(page.getByRole('alert').filter({ hasText: 'Without an active release, nothing can be shared.' }));
    expect(await readdir(folder)).toEqual(['Claims nc-medicaid 2026-03-01 to 2026-03-31.csv']);
  });
});
