/**
 * Sync through the agency's server, as a peer with a laptop and an office desktop lives it: a real
 * server (in this process, on a fresh database in an embedded PostgreSQL), Jordan's notebook on the
 * laptop, connected in Settings with a code from the agency's admin tool, and a fresh install on the
 * desktop that opens the notebook from the server on its first screen (address, code, passphrase). A person
 * and a signed note made on the laptop reach the desktop; an edit to the same field on both is a
 * conflict both show, with nothing lost; and the server's rows hold none of the words.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../../server/embedded-database';
import { startTestServer, type TestServer } from '../server/server-fixture';
import type { LaunchedApp } from './harness';
import { openApp } from './app';
import { addPerson, PASSPHRASE, showPeople, signNote, startRecoveryPlan, tab, unlockToJordan, writeNote } from './flows';
import { connect, openPerson, syncNow, syncStatus } from './server-flows';
import { waitFor } from '../support/wait-for';

let database: EmbeddedDatabase;
let server: TestServer;
const apps: LaunchedApp[] = [];
beforeAll(async () => {
  database = await startEmbeddedDatabase(await mkdtemp(join(tmpdir(), 'pn-e2e-server-db-')), { persistent: false });
  server = await startTestServer({}, database.url);
});
afterAll(async () => {
  await Promise.all(apps.splice(0).map((app) => app.close()));
  await server?.stop();
  await database?.stop();
});

/** A fresh install's first screen: the notebook opened from the server with a code for the same account, and the passphrase. */
async function joinThroughServer(page: Page, account: string): Promise<void> {
  const { out } = await server.admin(['enrol', '--account', account]);
  await page.getByRole('button', { name: "Open a notebook from your agency's server" }).click();
  await page.getByLabel('Server address').fill(server.url);
  await page.getByLabel('Enrolment code from your agency').fill(/Enrolment code: (\S+)/.exec(out)![1]!);
  await page.getByRole('button', { name: 'Connect to the server' }).click();
  await page.getByLabel('Your passphrase').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Open the notebook from the server' }).click();
  await waitFor(page.getByRole('button', { name: 'People', exact: true }), { timeout: 60_000 });
}

const SUPPORT = 'How best to support me (in their words)';
const GOAL = 'Plant a persimmon tree at the community garden';
const NOTE = {
  date: '2026-03-02',
  startedAt: '10:00',
  endedAt: '10:50',
  goal: GOAL,
  did: 'Walked the cerulean heron trail together',
  response: '"I want to come back next week"',
  nextSteps: 'Ask the garden about a plot',
  credential: 'CPSS',
};
const MARKERS = [
  'Marisol',
  'Quintanilla',
  'persimmon',
  'cerulean heron',
  'garden',
  'Text first, then call',
  'library',
  'Jordan',
  'Dana Peer',
];

describe('sync through the agency’s server', () => {
  it('a fresh desktop opens the notebook from the server; a person and a note cross from the laptop to the desktop; one field edited on both is a conflict on both; the server holds no word', async () => {
    const laptop = await openApp({ notebook: 'jordan' });
    const desktop = await openApp();
    apps.push(laptop, desktop);
    await unlockToJordan(laptop.page);
    const account = await connect(laptop.page, server);
    await joinThroughServer(desktop.page, account);
    await openPerson(desktop.page, 'Jordan Rivers');
    // The sync on opening may still be finishing: the status settles on nothing waiting.
    await waitFor(syncStatus(desktop.page).filter({ hasText: 'No changes waiting' }));

    // The laptop adds someone and a signed note about them; the desktop's next sync brings both.
    await showPeople(laptop.page);
    await addPerson(laptop.page, 'Marisol Quintanilla');
    await startRecoveryPlan(laptop.page, GOAL, 'Call the garden office');
    await signNote(laptop.page, await writeNote(laptop.page, NOTE));
    await syncNow(laptop.page);
    await syncNow(desktop.page);
    await openPerson(desktop.page, 'Marisol Quintanilla');
    await tab(desktop.page, 'Notes');
    await waitFor(desktop.page.getByText(NOTE.did));
    await waitFor(desktop.page.getByText(/^Signed by Dana Peer, CPSS, on /));

    // Each changes Jordan's profile while apart: one field on one side, the same field on both.
    const edit = async (page: Page, fields: Record<string, string>) => {
      await openPerson(page, 'Jordan Rivers');
      await page.getByRole('button', { name: 'Edit the profile' }).click();
      for (const [label, value] of Object.entries(fields)) await page.getByLabel(label, { exact: true }).fill(value);
      await page.getByRole('button', { name: 'Save' }).click();
      await waitFor(page.getByRole('button', { name: 'Edit the profile' }));
    };
    await edit(laptop.page, { Phone: '919-555-0142', [SUPPORT]: 'Text first, then call' });
    await edit(desktop.page, { Pronouns: 'they/them', [SUPPORT]: 'Meet at the library, not at home' });
    await syncNow(laptop.page);
    await syncNow(desktop.page);
    await syncNow(laptop.page);

    for (const { page } of [laptop, desktop]) {
      await openPerson(page, 'Jordan Rivers');
      expect(await page.getByRole('heading', { name: /Jordan Rivers/ }).textContent()).toContain('(they/them)');
      expect(await page.getByRole('tabpanel').last().textContent()).toContain('919-555-0142');
      const both = page.getByRole('region', { name: 'How best to support me was changed on two computers' });
      expect(await both.textContent()).toContain('Text first, then call');
      expect(await both.textContent()).toContain('Meet at the library, not at home');
      await waitFor(syncStatus(page).getByRole('button', { name: '1 conflict to resolve' }));
    }

    // Blindness: every row of every table, every line logged, none of the words.
    const held = await server.everythingHeld();
    const { rows } = await server.pool.query<{ count: string }>('SELECT count(*) FROM segments');
    // The laptop's first push, its person and note, and one edit from each computer.
    expect(Number(rows[0]!.count)).toBeGreaterThanOrEqual(4);
    expect(held.length).toBeGreaterThan(10_000);
    for (const word of MARKERS) expect(held).not.toContain(word);
  });
});
