/**
 * The community-resource directory and referrals, as a peer uses them: a file that is not a
 * resource list turned away with nothing added; an agency's CSV list imported (a bad row reported
 * by its number, the rest listed), found by kind and words, saved back out as CSV; and a food bank
 * Jordan chose to look into, followed up until he got connected.
 */
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { LaunchedApp } from './harness';
import { openApp } from './app';
import { peopleList, showPeople, unlockToJordan, tab } from './flows';
import { waitFor } from '../support/wait-for';

const AGENCY_LIST = [
  'Name,Kind,Address,Hours,Phone,Notes,Last Verified',
  'Inter-Faith Food Shuttle,food,"1001 Blair Dr, Raleigh",Mon–Fri 9–4,919-250-0043,Bring ID if you have it,2026-02-10',
  ',housing,12 Nowhere St,,,,',
  'Oak City Cares,housing,1430 S Wilmington St,Every day 8–5,919-867-3500,,2026-01-20',
  'GoRaleigh Access,transport,,,919-485-7433,Half fare with a reduced fare ID,',
].join('\r\n');

let app: LaunchedApp;
let page: Page;
beforeEach(async () => {
  app = await openApp({ notebook: 'jordan' });
  page = app.page;
  await unlockToJordan(page);
});
afterEach(() => app.close());

const directory = () => page.getByRole('list', { name: 'Resources' });
const listedNames = () => directory().getByRole('heading').allTextContents();

async function openResources() {
  await page.getByRole('button', { name: 'Resources', exact: true }).click();
  await waitFor(page.getByRole('heading', { name: 'Community resources' }));
}

async function importList(name: string) {
  await page.getByRole('button', { name: 'Import a list (CSV)' }).click();
  await waitFor(page.getByText(new RegExp(`^Read ${name}:`)));
}

/** Today on this computer's calendar, as the app's date fields write it. */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

describe("an agency's resource list", () => {
  it('says plainly when a file is not a resource list, and adds nothing; imports from CSV with a bad row reported by number, is found by kind and words, and is saved back out as CSV', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'peer-notebook-resources-'));
    app.resourceListDialogs.fileToOpen = join(folder, 'budget.csv');
    await writeFile(app.resourceListDialogs.fileToOpen, 'date,amount\r\n2026-01-01,5');
    await openResources();
    await page.getByRole('button', { name: 'Import a list (CSV)' }).click();
    await waitFor(page.getByRole('alert').filter({ hasText: 'This file does not look like a resource list' }));
    expect(await page.getByText('No places here yet.', { exact: false }).isVisible()).toBe(true);

    // The agency's own list, imported into the directory that file left empty.
    app.resourceListDialogs.fileToOpen = join(folder, 'agency-list.csv');
    await writeFile(app.resourceListDialogs.fileToOpen, AGENCY_LIST);
    await importList('agency-list.csv');

    expect(await page.getByText(/^Read agency-list.csv:/).textContent()).toBe(
      'Read agency-list.csv: 3 new, 0 brought up to date, 0 already here.',
    );
    expect(await page.getByRole('list', { name: 'Rows that could not be read' }).getByRole('listitem').allTextContents()).toEqual([
      'Row 3: Add the name of the place or service.',
    ]);
    expect(await listedNames()).toEqual(['GoRaleigh Access', 'Inter-Faith Food Shuttle', 'Oak City Cares']);
    const foodBank = directory().getByRole('listitem').filter({ hasText: 'Inter-Faith Food Shuttle' });
    expect(await foodBank.textContent()).toContain('1001 Blair Dr, Raleigh');
    expect(await foodBank.textContent()).toContain('Last checked February 10, 2026');

    // The same list again brings nothing in twice.
    await importList('agency-list.csv');
    expect(await page.getByText(/^Read agency-list.csv:/).textContent()).toBe(
      'Read agency-list.csv: 0 new, 0 brought up to date, 3 already here.',
    );
    expect(await listedNames()).toEqual(['GoRaleigh Access', 'Inter-Faith Food Shuttle', 'Oak City Cares']);

    await page.getByLabel('Kind').selectOption({ label: 'Housing' });
    expect(await listedNames()).toEqual(['Oak City Cares']);
    await page.getByLabel('Kind').selectOption({ label: 'All kinds' });
    await page.getByLabel('Find by words').fill('reduced fare');
    expect(await listedNames()).toEqual(['GoRaleigh Access']);

    app.resourceListDialogs.saveFolder = folder;
    await page.getByRole('button', { name: 'Save the list as CSV' }).click();
    await waitFor(page.getByText(/^Saved the list as Community resources \d{4}-\d{2}-\d{2}\.csv\.$/));
    const saved = (await readdir(folder)).find((name) => name.startsWith('Community resources'))!;
    const text = (await readFile(join(folder, saved), 'utf8')).replace(/^\uFEFF/, '');
    expect(text.split('\r\n')).toEqual([
      'name,kind,address,hours,phone,notes,lastVerified',
      'GoRaleigh Access,transport,,,919-485-7433,Half fare with a reduced fare ID,',
      'Inter-Faith Food Shuttle,food,"1001 Blair Dr, Raleigh",Mon–Fri 9–4,919-250-0043,Bring ID if you have it,2026-02-10',
      'Oak City Cares,housing,1430 S Wilmington St,Every day 8–5,919-867-3500,,2026-01-20',
    ]);
  });
});

describe('a referral', () => {
  it('is a food bank Jordan chose, marked contacted with a day to check in, then connected with how it went', async () => {
    await openResources();
    await page.getByRole('button', { name: 'Add a resource' }).click();
    await page.getByLabel('Kind').selectOption({ label: 'Food' });
    await page.getByLabel('Name of the place or service').fill('Inter-Faith Food Shuttle');
    await page.getByLabel('Address').fill('1001 Blair Dr, Raleigh');
    await page.getByLabel('Phone').fill('919-250-0043');
    await page.getByRole('button', { name: 'Save this resource' }).click();
    await waitFor(page.getByText('Saved Inter-Faith Food Shuttle.'));
    await page.getByRole('button', { name: 'Add a resource' }).click();
    await page.getByLabel('Kind').selectOption({ label: 'Housing' });
    await page.getByLabel('Name of the place or service').fill('Oak City Cares');
    await page.getByRole('button', { name: 'Save this resource' }).click();
    await waitFor(page.getByText('Saved Oak City Cares.'));

    await showPeople(page);
    await peopleList(page)
      .getByRole('button', { name: /Jordan Rivers/ })
      .click();
    await tab(page, 'Referrals');
    await page.getByRole('button', { name: 'Look for a place together' }).click();
    await page.getByLabel('Find a place by words').fill('blair');
    expect(await page.getByRole('radio').count()).toBe(1);
    await page.getByRole('radio', { name: /Inter-Faith Food Shuttle/ }).check();
    await page.getByLabel('What they are looking for, in their words (optional)').fill('Groceries until payday');
    await page.getByRole('button', { name: 'Save this referral' }).click();

    const referral = page.getByRole('list', { name: 'Referrals' }).getByRole('listitem', { name: 'Inter-Faith Food Shuttle' });
    await waitFor(referral.getByText('Suggested', { exact: true }));
    expect(await referral.textContent()).toContain('Looking for: “Groceries until payday”');

    // Jordan called them; Dana will check in with him today.
    await referral.getByRole('button', { name: 'Update Inter-Faith Food Shuttle' }).click();
    const update = page.getByRole('form', { name: 'Where Inter-Faith Food Shuttle stands' });
    await update.getByLabel('Where it stands').selectOption({ label: 'They made contact' });
    await update.getByLabel('Check in again on (optional)').fill(today());
    await update.getByRole('button', { name: 'Save the update' }).click();
    await waitFor(referral.getByText('They made contact', { exact: true }));
    expect(await referral.getByText('Time to check in with Jordan Rivers about this.').isVisible()).toBe(true);

    // Checking in: he got connected.
    await referral.getByRole('button', { name: 'Update Inter-Faith Food Shuttle' }).click();
    await update.getByLabel('Where it stands').selectOption({ label: 'Connected' });
    await update.getByLabel('How it went, in their words').fill('Picks up a box every Friday, and they have fresh vegetables');
    await update.getByRole('button', { name: 'Save the update' }).click();
    await waitFor(referral.getByText('Connected', { exact: true }));
    expect(await referral.textContent()).toContain('How it went: “Picks up a box every Friday, and they have fresh vegetables”');
    expect(await referral.getByText('Time to check in', { exact: false }).count()).toBe(0);
  });
});
