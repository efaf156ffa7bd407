/**
 * The key-change figure of `npm run bench` (issue 8): on the seeded notebook (10,040 records), in
 * the real app, the time to prepare a new key from Settings (one key derivation to check the
 * passphrase, two for the new passphrase's and recovery code's slots) and the time from "Change the key now" until the app says the
 * new key is in place (every record and audit event sealed again, a page per transaction).
 */
import type { Page } from 'playwright-core';
import { NEW_PASSPHRASE, PASSPHRASE } from '../e2e/flows';
import { waitFor } from '../support/wait-for';

/** `page` must show the unlocked notebook. */
export async function measureKeyChange(page: Page) {
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  await page.getByRole('tab', { name: 'Passphrase and key', exact: true }).click();
  const section = page.getByRole('form', { name: "Change the notebook's key" });
  await section.getByLabel('Your passphrase now').fill(PASSPHRASE);
  await section.getByLabel('New passphrase').fill(NEW_PASSPHRASE);
  await section.getByLabel('Type it again').fill(NEW_PASSPHRASE);
  const preparing = Date.now();
  await section.getByRole('button', { name: 'Change the key' }).click();
  const saved = page.getByLabel('I have saved my recovery code somewhere safe');
  await waitFor(saved, { timeout: 60_000 });
  const prepareMs = Date.now() - preparing;
  await saved.check();

  const started = Date.now();
  await page.getByRole('button', { name: 'Change the key now' }).click();
  const counted = (await page.getByText(/ of \d+ records and history entries/).textContent({ timeout: 60_000 })) ?? '';
  await waitFor(page.getByRole('heading', { name: 'Your notebook has a new key' }), { timeout: 600_000 });
  const changeMs = Date.now() - started;
  await page.getByRole('button', { name: 'Back to my notebook' }).click();
  return { prepareMs, changeMs, rowsSealedAgain: Number(/ of (\d+) /.exec(counted)?.[1] ?? 0) };
}
