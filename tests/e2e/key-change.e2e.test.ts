/**
 * Changing the notebook's key from Settings: the passphrase and a new one, a new recovery code
 * shown once and confirmed, the app waiting behind the progress until every record is under the new
 * key. Then the old passphrase and recovery code are refused, the new ones open, and every record
 * is there, still sealed.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readIndexedDb, type LaunchedApp } from './harness';
import { openApp, recoveryCodeOf } from './app';
import { addPerson, NEW_PASSPHRASE, openSettings, peopleList, PASSPHRASE, showPeople, todayHeading, unlock, unlockToPeople } from './flows';
import { waitFor } from '../support/wait-for';

let app: LaunchedApp;
let page: Page;
beforeEach(async () => {
  app = await openApp({ notebook: 'empty' });
  page = app.page;
});
afterEach(() => app.close());

async function unlockWithRecoveryCode(page: Page, code: string) {
  await page.getByRole('button', { name: /forgot my passphrase/ }).click();
  await page.getByLabel('Recovery code').fill(code);
  await page.getByRole('button', { name: 'Unlock with recovery code' }).click();
}

describe("changing the notebook's key", () => {
  it('asks for a new passphrase, shows a new recovery code, changes the key, and only the new secrets open the notebook afterwards', async () => {
    const oldCode = recoveryCodeOf('empty');
    await unlockToPeople(page);
    await addPerson(page, 'Jordan Rivers', { phone: '919-555-0142' });
    await showPeople(page);
    await addPerson(page, 'Ana Morales');
    await openSettings(page, 'Passphrase and key');

    const section = page.getByRole('form', { name: "Change the notebook's key" });
    expect(await section.textContent()).toContain('Backups made before still open with the old passphrase and the old recovery code');
    await section.getByLabel('New passphrase').fill(NEW_PASSPHRASE);
    await section.getByLabel('Type it again').fill(NEW_PASSPHRASE);
    // A wrong passphrase says so and changes nothing.
    await section.getByLabel('Your passphrase now').fill('not my passphrase at all');
    await section.getByRole('button', { name: 'Change the key' }).click();
    await waitFor(section.getByRole('alert'));
    await section.getByLabel('Your passphrase now').fill(PASSPHRASE);
    await section.getByRole('button', { name: 'Change the key' }).click();

    await waitFor(page.getByRole('heading', { name: 'Your new recovery code' }), { timeout: 30_000 });
    const newCode = (await page.getByTestId('recovery-code').textContent())!;
    expect(newCode).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    expect(newCode).not.toBe(oldCode);
    const confirm = page.getByRole('button', { name: 'Change the key now' });
    expect(await confirm.isDisabled()).toBe(true);
    await page.getByLabel('I have saved my recovery code somewhere safe').check();
    await confirm.click();

    await waitFor(page.getByRole('heading', { name: 'Your notebook has a new key' }), { timeout: 30_000 });
    expect(await page.getByText('Use your new recovery code from now on.').count()).toBe(1);
    await page.getByRole('button', { name: 'Back to my notebook' }).click();
    await showPeople(page);
    await waitFor(peopleList(page).getByText('Jordan Rivers'));

    const { text } = await readIndexedDb(page);
    for (const secret of ['Jordan', 'Rivers', '555-0142', 'Ana Morales']) expect(text).not.toContain(secret);

    await page.getByRole('button', { name: 'Lock now' }).click();
    await unlock(page, PASSPHRASE);
    expect(await page.getByRole('alert').textContent()).toMatch(/passphrase/i);
    await unlock(page, NEW_PASSPHRASE);
    await waitFor(todayHeading(page), { timeout: 30_000 });

    await page.getByRole('button', { name: 'Lock now' }).click();
    await unlockWithRecoveryCode(page, oldCode);
    await waitFor(page.getByRole('alert'));
    expect(await page.getByRole('alert').textContent()).toMatch(/recovery code/i);
    await page.getByLabel('Recovery code').fill(newCode);
    await page.getByRole('button', { name: 'Unlock with recovery code' }).click();
    await waitFor(page.getByRole('heading', { name: 'Choose a new passphrase' }), { timeout: 30_000 });
    await page.getByLabel('New passphrase').fill('copper meadow violin harbor');
    await page.getByLabel('Type it again').fill('copper meadow violin harbor');
    await page.getByRole('button', { name: 'Change passphrase' }).click();
    await showPeople(page);
    await waitFor(peopleList(page).getByText('Jordan Rivers'));
    await waitFor(peopleList(page).getByText('Ana Morales'));
  });
});
