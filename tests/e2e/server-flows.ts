/**
 * What a peer does with the agency's sync server, for the end-to-end files that run one (a real
 * server on an embedded PostgreSQL, started by the file): connecting in Settings with a code from
 * the admin tool, syncing now, opening a person.
 */
import type { Page } from 'playwright-core';
import type { TestServer } from '../server/server-fixture';
import { openSettings, peopleList, showPeople } from './flows';
import { waitFor } from '../support/wait-for';

export const syncStatus = (page: Page) => page.getByRole('status', { name: 'Sync status' });
export const SYNCED = 'Synced. Everything here and in the folder now matches.';

/**
 * Settings, Sync: the server's address and a code from the agency's admin tool; connecting syncs at
 * once. `address`: where the app reaches the server (a recording proxy in front of it, say). The account's id.
 */
export async function connect(
  page: Page,
  server: TestServer,
  { account, address = server.url }: { account?: string; address?: string } = {},
) {
  const { out } = await server.admin(account ? ['enrol', '--account', account] : ['enrol']);
  const code = /Enrolment code: (\S+)/.exec(out)![1]!;
  await openSettings(page, 'Sync');
  const form = page.getByRole('form', { name: "Your agency's sync server" });
  await form.getByLabel('Server address').fill(address);
  await form.getByLabel('Enrolment code from your agency').fill(code);
  await form.getByRole('button', { name: 'Connect to the server' }).click();
  await waitFor(page.getByRole('status').filter({ hasText: SYNCED }), { timeout: 30_000 });
  return /Account: (\S+)/.exec(out)![1]!;
}

export async function syncNow(page: Page): Promise<void> {
  await openSettings(page, 'Sync');
  await page.getByRole('button', { name: 'Sync now' }).click();
  await waitFor(page.getByRole('status').filter({ hasText: SYNCED }), { timeout: 30_000 });
}

export async function openPerson(page: Page, name: string): Promise<void> {
  await showPeople(page);
  await peopleList(page)
    .getByRole('button', { name: new RegExp(name) })
    .click();
  await waitFor(page.getByRole('heading', { name: new RegExp(name) }));
}
