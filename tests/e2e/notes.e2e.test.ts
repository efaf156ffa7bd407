/**
 * Service notes, as a peer writes them after meeting someone: a note with its units shown as the
 * times are typed, signed and then locked; a correction added under it with its author and time;
 * a draft left unsigned past its due time, flagged overdue; a half-written note kept sealed through
 * a lock; and one group session written once that becomes a note for each of three people, none of
 * which names anyone else.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { LaunchedApp } from './harness';
import { openApp } from './app';
import { readIndexedDb } from './harness';
import {
  addPerson,
  lockScreen,
  peopleList,
  showPeople,
  signNote,
  startRecoveryPlan,
  todayHeading,
  unlock,
  unlockToJordan,
  tab,
  writeNote,
  APARTMENT_VISIT,
} from './flows';
import { waitFor } from '../support/wait-for';

let app: LaunchedApp;
let page: Page;
beforeEach(async () => {
  app = await openApp({ notebook: 'jordan' });
  page = app.page;
  await unlockToJordan(page);
});
afterEach(() => app.close());

const GOAL = 'Have my own place with a door that locks';

/** Flips one byte of the sealed body of the first person added (the oldest revision), straight in IndexedDB. */
function damageOldestPerson(page: Page): Promise<void> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('peer-notebook');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const store = db.transaction('records', 'readwrite').objectStore('records');
    const rows = await new Promise<{ kind: string; rev: string; ct: Uint8Array }[]>((resolve) => {
      const request = store.getAll();
      request.onsuccess = () => resolve(request.result);
    });
    const oldest = rows.filter((row) => row.kind === 'person').sort((a, b) => (a.rev < b.rev ? -1 : 1))[0]!;
    oldest.ct[oldest.ct.length - 3]! ^= 1;
    await new Promise((resolve) => (store.put(oldest).onsuccess = resolve));
    db.close();
  });
}

const notesList = (page: Page) => page.getByRole('list', { name: 'Notes about your time together' });

describe('a service note', () => {
  it('shows its units as the times are typed, and once signed it is locked with who signed it, when and the units; takes a correction after signing, shown under it with its author and time, and the note stays as signed', async () => {
    // A 50-minute note about the plan's goal, signed.
    await startRecoveryPlan(page, GOAL, 'Call the housing office');
    const editor = await writeNote(page, {
      ...APARTMENT_VISIT,
      goal: GOAL,
    });
    expect(await editor.getByText('50 minutes together: 3 units').isVisible()).toBe(true);
    // Who signs and the code come from Settings, set once: shown, not asked for on each note.
    expect(await editor.locator('dl').textContent()).toBe('Signed asDana Peer, CPSSService codeH0038');
    expect(await editor.getByLabel('Your credential').count()).toBe(0);
    await waitFor(editor.getByRole('button', { name: 'Save this draft and change them in Settings' }));

    // Not signed while something an audit needs is missing; the peer is told what.
    await editor.getByRole('button', { name: 'Sign this note' }).click();
    expect(await editor.getByRole('alert').textContent()).toBe('Not ready to sign yet. Write how they responded.');

    await editor.getByLabel('How they responded (their words are best)').fill('"I can do this if I call them myself"');
    await signNote(page, editor);
    await waitFor(page.getByText(/^Signed by Dana Peer, CPSS, on .* · 3 units$/));

    const note = notesList(page).getByRole('article', { name: 'Note from March 2, 2026' });
    const text = await note.textContent();
    expect(text).toContain(`“${GOAL}”`);
    expect(text).toContain('Looked at two apartment listings together');
    expect(text).toContain('H0038');
    // Locked: nothing on it can be edited any more.
    expect(await note.getByRole('button', { name: 'Keep writing this note' }).count()).toBe(0);
    expect(await note.getByRole('textbox').count()).toBe(0);
    expect(await note.getByRole('status').count()).toBe(0);

    // A correction after signing, shown under it with its author and time; the note stays as signed.
    await note.getByRole('button', { name: 'Add a correction' }).click();
    const form = note.getByRole('form', { name: 'A correction to this note' });
    expect(await form.getByLabel('Your name').inputValue()).toBe('Dana Peer');
    await form.getByLabel('What to add or correct').fill('We met at the library, not in the park.');
    await form.getByRole('button', { name: 'Add this correction' }).click();

    const corrections = note.getByRole('region', { name: 'Corrections' });
    await waitFor(corrections);
    expect(await corrections.textContent()).toMatch(/We met at the library, not in the park\.Added by Dana Peer, CPSS, on \w+ \d+, \d{4}/);
    expect(await note.textContent()).toContain('Looked at two apartment listings together');
    await waitFor(note.getByText(/^Signed by Dana Peer, CPSS/));

    // The next note starts from this one's next steps and goal.
    await page.getByRole('button', { name: 'Write a note' }).click();
    const next = page.getByRole('form', { name: 'Note' });
    expect(await next.getByLabel('What you did together').inputValue()).toBe('');
    expect(await next.getByText("Last time's next steps:").locator('..').textContent()).toBe(
      "Last time's next steps: Call the landlord on Wednesday",
    );
    expect(await next.getByLabel(GOAL).isChecked()).toBe(true);

    // Half-written when the notebook locks, it reopens with the same reminder beside "What you did".
    await next.getByLabel('What you did together').fill('Read the lease together');
    await page.getByRole('button', { name: 'Lock now' }).click();
    await waitFor(lockScreen(page));
    await unlock(page);
    const reopened = page.getByRole('form', { name: 'Note' });
    await waitFor(reopened.getByText(/^We kept what you were writing when the notebook locked/));
    expect(await reopened.getByText("Last time's next steps:").locator('..').textContent()).toBe(
      "Last time's next steps: Call the landlord on Wednesday",
    );
  });
});

describe('a draft, and what the notebook keeps through a lock', () => {
  it('flags a draft not signed within the due time as overdue, saying when it was due, and opens it again to keep writing; a half-written note is kept sealed, reopens after unlocking with a line saying so, and is gone once saved; a record damaged meanwhile hides no one else', async () => {
    await tab(page, 'Notes');
    await page.getByRole('button', { name: 'Write a note' }).click();
    const editor = page.getByRole('form', { name: 'Note' });
    await editor.getByLabel('Date you met').fill('2026-03-02');
    await editor.getByLabel('Started at').fill('10:00');
    await editor.getByLabel('Ended at').fill('10:20');
    await editor.getByRole('button', { name: 'Save draft' }).click();
    await waitFor(editor.getByText('Draft saved.'));
    await editor.getByRole('button', { name: 'Cancel' }).click();
    const note = notesList(page).getByRole('article', { name: 'Note from March 2, 2026' });
    expect(await note.getByRole('status').textContent()).toMatch(/^Overdue: it was due by March 3, 2026.* Sign it as soon as you can\.$/);
    await note.getByRole('button', { name: 'Keep writing this note' }).click();
    expect(await page.getByRole('form', { name: 'Note' }).getByLabel('Ended at').inputValue()).toBe('10:20');
    await editor.getByRole('button', { name: 'Cancel' }).click();

    // A half-written note is kept sealed through a lock, reopens after unlocking, and is gone once saved.
    await page.getByRole('button', { name: 'Write a note' }).click();
    await editor.getByLabel('Ended at').fill('10:40');
    // Locked straight after typing, before the pause that keeps a draft: the lock keeps it first.
    await editor.getByLabel('What you did together').fill('Practised the bus route to the clinic');
    await page.getByRole('button', { name: 'Lock now' }).click();
    await waitFor(lockScreen(page));
    // Sealed like a record: the words are nowhere in IndexedDB.
    expect((await readIndexedDb(page)).text).not.toContain('bus route');

    await unlock(page);
    const reopened = page.getByRole('form', { name: 'Note' });
    expect(await reopened.getByLabel('What you did together').inputValue()).toBe('Practised the bus route to the clinic');
    expect(await reopened.getByLabel('Ended at').inputValue()).toBe('10:40');
    await waitFor(
      reopened.getByText(/^We kept what you were writing when the notebook locked \(.+\)\. It is all here for you to finish\.$/),
    );
    await waitFor(page.getByRole('heading', { name: /Jordan Rivers/ }));

    await reopened.getByRole('button', { name: 'Save draft' }).click();
    await waitFor(reopened.getByText('Draft saved.'));
    await page.getByRole('button', { name: 'Lock now' }).click();
    await unlock(page);
    // Saved, so nothing to reopen: the notebook opens on Today as always.
    await waitFor(todayHeading(page));
    expect(await page.getByRole('form', { name: 'Note' }).count()).toBe(0);

    // Jordan's profile damaged on disk while the notebook is locked (issue 13, defect 2).
    await showPeople(page);
    await addPerson(page, 'Sam Lee');
    await page.getByRole('button', { name: 'Lock now' }).click();
    await waitFor(lockScreen(page));
    await damageOldestPerson(page);
    await unlock(page);
    await waitFor(todayHeading(page));
    const line = page.getByRole('button', { name: '1 record could not be opened' });
    await waitFor(line);
    await showPeople(page);
    await waitFor(peopleList(page).getByText('Sam Lee'));
    expect(await peopleList(page).getByText('Jordan Rivers').count()).toBe(0);
    await line.click();
    const panel = page.getByRole('dialog', { name: 'Records that could not be opened' });
    await waitFor(panel.getByRole('listitem').first());
    expect(await panel.getByRole('listitem').count()).toBe(1);
    expect(await panel.getByRole('listitem').textContent()).toMatch(/^profile.*It does not open: it may have been changed or damaged\.$/i);
    await waitFor(panel.getByText('If you have a backup, restore it'));
  });
});

describe('a group note', () => {
  const PARTS = {
    'Jordan Rivers': ['Shared that morning walks help', 'Engaged and upbeat', 'Walk three mornings this week'],
    'Sam Lee': ['Talked about cooking for family', 'Smiled a lot', 'Cook one meal at home'],
    'Riley Chen': ['Asked about meetings nearby', 'Curious, asked for a list', 'Visit the Thursday meeting'],
  } as const;
  const NAMES = Object.keys(PARTS) as (keyof typeof PARTS)[];

  it('is written once for three people and becomes a note for each: the shared part, and only their own part', async () => {
    for (const name of ['Sam Lee', 'Riley Chen']) {
      await showPeople(page);
      await addPerson(page, name);
    }
    await showPeople(page);
    await page.getByRole('button', { name: 'Write a group note' }).click();
    for (const name of NAMES) await page.getByLabel(name, { exact: true }).check();
    await page.getByLabel('Date you met').fill('2026-03-04');
    await page.getByLabel('Started at').fill('18:00');
    await page.getByLabel('Ended at').fill('19:30');
    await waitFor(page.getByText('90 minutes together: 6 units'));
    for (const name of NAMES) {
      const [did, response, next] = PARTS[name];
      await page.getByLabel(`What ${name} shared or did`).fill(did);
      await page.getByLabel(`How ${name} responded`).fill(response);
      await page.getByLabel(`Next steps for ${name}`).fill(next);
    }

    // The shared part goes into everyone's note, so it may name no one.
    const shared = page.getByLabel('What the group did together (goes in everyone’s note, so use no names)');
    await shared.fill('Riley led the check-in; we talked about building a daily routine.');
    await page.getByRole('button', { name: 'Save a note for each person' }).click();
    expect(await page.getByRole('alert').textContent()).toContain('The part shared by everyone names Riley Chen.');

    await shared.fill('We talked about building a daily routine; each shared one thing that helps.');
    await page.getByRole('button', { name: 'Save a note for each person' }).click();
    await waitFor(page.getByText('Saved a draft note for each of the 3 people. Sign each one on their Notes tab.'));
    await page.getByRole('button', { name: 'Back to your people' }).click();

    for (const name of NAMES) {
      await peopleList(page)
        .getByRole('button', { name: new RegExp(name) })
        .click();
      await tab(page, 'Notes');
      const note = notesList(page).getByRole('article', { name: 'Note from March 4, 2026' });
      const text = (await note.textContent())!;
      expect(text).toContain('We talked about building a daily routine; each shared one thing that helps.');
      expect(text).toContain('H0038-HQ');
      for (const part of PARTS[name]) expect(text).toContain(part);
      for (const other of NAMES.filter((each) => each !== name)) {
        for (const word of other.split(' ')) expect(text).not.toContain(word);
        for (const part of PARTS[other]) expect(text).not.toContain(part);
      }
      await page.getByRole('button', { name: 'Back to people' }).click();
      await waitFor(peopleList(page));
    }
  });
});
