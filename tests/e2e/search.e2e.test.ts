/**
 * Search across everything, as a peer uses it: a few words typed in the top bar find a goal from
 * a recovery plan and a phrase from a signed note, under the person they are about, and open
 * where each lives. The index lives only in the vault worker's memory: it is built again after
 * unlocking, and nothing of it (or of the words searched) reaches IndexedDB or the disk.
 */
import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { VaultDatabase, VAULT_DATABASE_NAME } from '../../renderer/src/vault/database';
import { filesUnder, readIndexedDb, type LaunchedApp } from './harness';
import { openApp, type AppOptions } from './app';
import { lockScreen, signNote, startRecoveryPlan, todayHeading, unlock, unlockToJordan, writeNote } from './flows';
import { waitFor } from '../support/wait-for';

let app: LaunchedApp | undefined;
let page: Page;
/** Dana's notebook, open on Jordan's page. */
async function start(options: AppOptions = {}) {
  app = await openApp({ ...options, notebook: 'jordan' });
  page = app.page;
  await unlockToJordan(page);
}
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const GOAL = 'Bake sourdough for the farmers market';
const PHRASE = 'the garden at the church';

const startPlan = (page: Page) => startRecoveryPlan(page, GOAL, 'Ask the bakery on Main Street about a starter');

/** A note about the plan's goal, in which Jordan says the phrase, signed. */
async function signNoteWithPhrase(page: Page) {
  const editor = await writeNote(page, {
    date: '2026-04-14',
    startedAt: '09:00',
    endedAt: '09:45',
    goal: GOAL,
    did: 'Walked over to the farm stand and talked about the week',
    response: `"Working in ${PHRASE} makes the mornings feel lighter"`,
    nextSteps: 'Bring seeds on Thursday',
  });
  await signNote(page, editor);
}

const searchBox = (page: Page) => page.getByLabel('Search your notebook');
const results = (page: Page, group: string) => page.getByRole('region', { name: group });

describe('search across everything', () => {
  it("finds a goal from the recovery plan as it is typed and opens it on the person's Recovery plan tab; finds a phrase from a signed note, opens the person's Notes tab, and finds it again after locking and unlocking", async () => {
    await start();
    await startPlan(page);

    // A goal from the recovery plan, found as it is typed (before any note names it too).
    await page.getByRole('button', { name: 'People', exact: true }).click();
    await searchBox(page).pressSequentially('sourdo');
    await waitFor(page.getByRole('heading', { name: 'What your notebook has for “sourdo”' }));
    const jordan = results(page, 'Jordan Rivers');
    await waitFor(jordan.getByRole('heading', { name: 'Recovery plan', level: 3 }));
    const goalHit = jordan.getByRole('button', { name: /Bake sourdough for the farmers market/ });
    expect(await goalHit.locator('mark').allTextContents()).toEqual(['sourdough']);

    await goalHit.click();
    await waitFor(page.getByRole('tab', { name: 'Recovery plan', exact: true, selected: true }));
    await waitFor(page.getByRole('heading', { name: 'Jordan Rivers' }));
    // Leaving the results clears the box.
    expect(await searchBox(page).inputValue()).toBe('');

    // A phrase from a signed note, written from Jordan's page where the goal's hit left us.
    await signNoteWithPhrase(page);

    await searchBox(page).fill(PHRASE);
    await waitFor(jordan.getByRole('heading', { name: 'Notes', level: 3 }));
    const noteHit = jordan.getByRole('button', { name: /the garden at the church makes the mornings feel lighter/ });
    expect(await noteHit.textContent()).toContain('April 14, 2026');
    expect(await noteHit.locator('mark').allTextContents()).toEqual(['garden', 'church']);
    await noteHit.click();
    await waitFor(page.getByRole('tab', { name: 'Notes', exact: true, selected: true }));
    await waitFor(page.getByRole('article', { name: 'Note from April 14, 2026' }).getByText(PHRASE, { exact: false }));

    // Locked, the index is gone with everything else; unlocked again, it is built again.
    await page.getByRole('button', { name: 'Lock now' }).click();
    await waitFor(lockScreen(page));
    await unlock(page);
    await waitFor(todayHeading(page));
    await searchBox(page).fill('mornings lighter');
    await waitFor(results(page, 'Jordan Rivers').getByRole('button', { name: /makes the mornings feel lighter/ }));

    // Nothing searched for is found where nothing was: a word in no record.
    await searchBox(page).fill('zeppelin');
    await waitFor(page.getByText('Nothing in your notebook matches “zeppelin”. Try fewer words, or another spelling.'));
  });

  it('keeps no index anywhere but memory: no store of its own in IndexedDB, and what was searched for nowhere on disk', async () => {
    // The profile on disk, to search every file of it below.
    await start({ onDisk: true });
    await startPlan(page);
    await signNoteWithPhrase(page);
    // Typed only here, in the search box (the note says "garden at the church").
    const query = 'church garden mornings';
    await searchBox(page).fill(query);
    await waitFor(results(page, 'Jordan Rivers').getByRole('button', { name: /garden at the church/ }));

    const { stores, text } = await readIndexedDb(page);
    const declared = new VaultDatabase().tables.map((table) => `${VAULT_DATABASE_NAME}/${table.name}`);
    expect(stores.sort()).toEqual(declared.sort());
    expect(text.length).toBeGreaterThan(1000);
    for (const secret of ['garden', 'church', 'sourdough', 'mornings']) expect(text).not.toContain(secret);

    await app!.close();
    const { dataDir } = app!;
    app = undefined;
    for (const file of await filesUnder(dataDir)) {
      const bytes = await readFile(file);
      expect(bytes.includes(Buffer.from(query, 'latin1')), `the query in ${file}`).toBe(false);
      expect(bytes.includes(Buffer.from(query, 'utf16le')), `the query (UTF-16) in ${file}`).toBe(false);
    }
  });
});
