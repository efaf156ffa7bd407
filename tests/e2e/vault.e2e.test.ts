import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { filesUnder, readIndexedDb, type LaunchedApp } from './harness';
import { openApp, recoveryCodeOf } from './app';
import {
  addPerson,
  createVault,
  lockScreen,
  NEW_PASSPHRASE,
  PASSPHRASE,
  peopleList,
  openSettings,
  showPeople,
  todayHeading,
  unlock,
  unlockToPeople,
} from './flows';
import { waitFor } from '../support/wait-for';

/** A third passphrase, for a second change after NEW_PASSPHRASE. */
const THIRD_PASSPHRASE = 'copper meadow violin harbor';

let app: LaunchedApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('the vault, as a peer meets it', () => {
  it('creates a notebook, keeps Jordan through lock, reload and a restart of the app on the same data folder, and stores no name in clear', async () => {
    // The profile on disk, to search every file of it below.
    app = await openApp({ onDisk: true });
    const { page } = app;
    await createVault(page);
    // A new notebook opens on Settings, asking once for what every note carries.
    await waitFor(page.getByText('Your name, credential and service code go on every note you write.', { exact: false }));
    expect(await page.getByLabel('Service code for your notes').getAttribute('placeholder')).toBe('H0038');
    await page.getByRole('button', { name: 'People', exact: true }).click();
    await addPerson(page, 'Jordan Rivers', { pronouns: 'he/him', phone: '919-555-0142' });
    await showPeople(page);
    await waitFor(peopleList(page).getByText('Jordan Rivers'));

    await page.getByRole('button', { name: 'Lock now' }).click();
    await waitFor(lockScreen(page));
    expect(await page.getByText('Jordan Rivers').count()).toBe(0);

    await page.reload();
    await waitFor(lockScreen(page));
    await unlock(page);
    // Unlocking opens on Today; Jordan is still there on People.
    await waitFor(todayHeading(page));
    await showPeople(page);
    await waitFor(peopleList(page).getByText('Jordan Rivers'));

    const raw = (await readIndexedDb(app.page)).text;
    expect(raw.length).toBeGreaterThan(1000);
    for (const secret of ['Jordan', 'Rivers', '555-0142', PASSPHRASE]) expect(raw).not.toContain(secret);

    // And nothing on disk anywhere in the profile (IndexedDB, caches, form history) holds them.
    await app.close();
    const dataDir = app.dataDir;
    app = undefined;
    for (const file of await filesUnder(dataDir)) {
      const bytes = await readFile(file);
      for (const secret of ['Jordan', 'Rivers', '555-0142']) {
        expect(bytes.includes(Buffer.from(secret, 'latin1')), `${secret} in ${file}`).toBe(false);
        expect(bytes.includes(Buffer.from(secret, 'utf16le')), `${secret} (UTF-16) in ${file}`).toBe(false);
      }
    }

    // The app started again on the same data folder opens the same notebook.
    app = await openApp({ onDisk: true, dataDir });
    await waitFor(lockScreen(app.page));
    await unlock(app.page);
    await showPeople(app.page);
    await waitFor(peopleList(app.page).getByText('Jordan Rivers'));
  });

  it('the recovery code unlocks, then asks for a new passphrase that works from then on; changing the passphrase in Settings retires the old one', async () => {
    app = await openApp({ notebook: 'empty' });
    const { page } = app;
    const code = recoveryCodeOf('empty');
    await unlockToPeople(page);
    await addPerson(page, 'Riley Chen');
    await page.getByRole('button', { name: 'Lock now' }).click();

    await page.getByRole('button', { name: /forgot my passphrase/ }).click();
    await page.getByLabel('Recovery code').fill(code.toLowerCase());
    await page.getByRole('button', { name: 'Unlock with recovery code' }).click();
    await waitFor(page.getByRole('heading', { name: 'Choose a new passphrase' }));
    await page.getByLabel('New passphrase').fill(NEW_PASSPHRASE);
    await page.getByLabel('Type it again').fill(NEW_PASSPHRASE);
    await page.getByRole('button', { name: 'Change passphrase' }).click();
    await showPeople(page);
    await waitFor(peopleList(page).getByText('Riley Chen'));

    await page.getByRole('button', { name: 'Lock now' }).click();
    await unlock(page, PASSPHRASE);
    await waitFor(page.getByRole('alert'));
    await unlock(page, NEW_PASSPHRASE);
    await showPeople(page);
    await waitFor(peopleList(page).getByText('Riley Chen'));

    // Changing the passphrase in Settings retires the old one.
    await openSettings(page, 'Passphrase and key');
    const form = page.getByRole('form', { name: 'Passphrase', exact: true });
    await form.getByLabel('Current passphrase').fill(NEW_PASSPHRASE);
    await form.getByLabel('New passphrase').fill(THIRD_PASSPHRASE);
    await form.getByLabel('Type it again').fill(THIRD_PASSPHRASE);
    await form.getByRole('button', { name: 'Change passphrase' }).click();
    await waitFor(page.getByRole('status').filter({ hasText: 'Your passphrase is changed' }));
    await page.getByRole('button', { name: 'Lock now' }).click();
    await unlock(page, NEW_PASSPHRASE);
    await waitFor(page.getByRole('alert'));
    await unlock(page, THIRD_PASSPHRASE);
    await waitFor(todayHeading(page));
  });
});

// Playwright's clock holds for a whole context: a test that installs it opens its app in a context of its own.
describe('locking by itself', () => {
  it('locks after the idle time (default 5 minutes) and hides every name, at once when the computer wakes from a sleep past the deadline, and after a shorter idle time chosen in Settings', async () => {
    app = await openApp({ notebook: 'empty', ownContext: true });
    const { page } = app;
    await page.clock.install();
    await unlockToPeople(page);
    await addPerson(page, 'Jordan Rivers');
    await showPeople(page);
    await page.clock.runFor(4 * 60_000);
    expect(await peopleList(page).getByText('Jordan Rivers').isVisible()).toBe(true);
    await page.clock.runFor(61_000);
    await waitFor(lockScreen(page));
    expect(await page.getByText(/nothing happened for a while/).isVisible()).toBe(true);
    expect(await page.getByText('Jordan Rivers').count()).toBe(0);

    // A computer that slept past the deadline is locked the moment it wakes.
    await unlock(page);
    await waitFor(todayHeading(page));
    // Sleep: wall time jumps ahead (from the page's clock, which the idle wait above moved on), but no timer ran while the machine was asleep.
    const beforeSleep = await page.evaluate(() => Date.now());
    await page.clock.setSystemTime(beforeSleep + 6 * 60_000);
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await waitFor(lockScreen(page), { timeout: 2_000 });

    // A shorter idle setting from Settings takes effect.
    await unlock(page);
    await waitFor(todayHeading(page));
    await openSettings(page, 'Language and locking');
    await page.getByLabel("Lock the notebook when I've been away for").selectOption('1');
    await page.getByRole('button', { name: 'Save language and locking' }).click();
    // Only once the vault has stored it may the clock run (otherwise the old deadline is still armed).
    await waitFor(page.getByRole('status').filter({ hasText: 'Saved. The notebook is in English and locks after 1 minute away.' }));
    await page.clock.runFor(61_000);
    await waitFor(lockScreen(page));
  });

  it('a lock asked for while the passphrase is checked wins: the notebook stays locked and says why', async () => {
    app = await openApp({ notebook: 'empty' });
    const { page } = app;
    await unlock(page);
    // Argon2id takes a good part of a second: the screen locks while it runs.
    await app.emit('lockRequested', { reason: 'lock-screen' });
    // The field is emptied once the vault has answered the unlock (as long a wait as any for the
    // vault: on two busy cores Argon2id can take more than poll's default second). A wrong
    // passphrase then goes through the vault's queue behind everything the window did with that answer.
    await expect.poll(() => page.getByLabel('Passphrase', { exact: true }).inputValue(), { timeout: 30_000 }).toBe('');
    await unlock(page, 'orchard kettle lantern DRIFT');
    await waitFor(page.getByRole('alert'));
    expect(await lockScreen(page).isVisible()).toBe(true);
    expect(await page.getByText("Locked when this computer's screen was locked.").isVisible()).toBe(true);
    expect(await todayHeading(page).isVisible()).toBe(false);

    await unlock(page);
    await waitFor(todayHeading(page));
  });
});

describe('the first screen', () => {
  it('refuses a weak passphrase at creation and says why; the recovery code can be copied, is wiped from the clipboard after the timeout, and is checked back before the notebook opens', async () => {
    app = await openApp({ clipboardClearMs: 1_000 });
    const { page } = app;
    await page.getByLabel('Choose a passphrase').fill('Summer2024!');
    await page.getByLabel('Type it again').fill('Summer2024!');
    await waitFor(page.getByText(/needs to be at least Strong/));
    expect(await page.getByRole('button', { name: 'Create my notebook' }).isDisabled()).toBe(true);

    // A strong one makes the notebook, and its recovery code is shown.
    await page.getByLabel('Choose a passphrase').fill(PASSPHRASE);
    await page.getByLabel('Type it again').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Create my notebook' }).click();
    const code = (await page.getByTestId('recovery-code').textContent({ timeout: 30_000 }))!;
    expect(code).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    await page.getByRole('button', { name: 'Copy the code' }).click();
    await waitFor(page.getByText(/cleared again in 30 seconds/));
    expect(app.clipboard.text).toBe(code);
    await expect.poll(() => app!.clipboard.text, { timeout: 5_000 }).toBe('');

    // Before the notebook opens, one group of the code is typed back from paper: a wrong one is told plainly.
    await page.getByLabel('I have saved my recovery code somewhere safe').check();
    await page.getByRole('button', { name: 'Next: check the code' }).click();
    expect(await page.getByTestId('recovery-code').count()).toBe(0);
    const label = (await page.getByText(/^Group \d of your recovery code$/).textContent())!;
    const group = Number(label.split(' ')[1]);
    await page.getByLabel(label).fill(code.split('-')[group % 8]!);
    await page.getByRole('button', { name: 'Open my notebook' }).click();
    await waitFor(
      page
        .getByRole('alert')
        .filter({ hasText: `That is not group ${group} of your code. Look again at what you wrote down, or go back to see the code.` }),
    );
    await page.getByLabel(label).fill(code.split('-')[group - 1]!.toLowerCase());
    await page.getByRole('button', { name: 'Open my notebook' }).click();
    await waitFor(page.getByRole('heading', { name: 'Settings' }));
  });
});

describe('unlocking and locking again', () => {
  it('the window keeps responding while the passphrase is checked; a wrong passphrase says so plainly and stays locked; it locks when the computer sleeps or its screen locks, and wipes text copied from the app', async () => {
    app = await openApp({ notebook: 'empty' });
    const { page } = app;
    await waitFor(lockScreen(page));
    // A timer on the window's thread, from the unlock's click until the vault answers it (not the
    // drawing of the notebook after, which is the window's own work and can stall a busy machine).
    await page.evaluate(() => {
      const w = window as unknown as { __gaps: number[]; __answered: boolean };
      w.__gaps = [];
      w.__answered = false;
      let last = performance.now();
      const post = Worker.prototype.postMessage as (this: Worker, ...args: unknown[]) => void;
      Worker.prototype.postMessage = function (this: Worker, message: unknown, ...rest: unknown[]) {
        const request = message as { id?: unknown; name?: string };
        if (request.name === 'vault.unlock')
          this.addEventListener('message', (event: MessageEvent<{ id?: unknown }>) => {
            if (event.data.id === request.id) w.__answered = true;
          });
        return post.call(this, message, ...rest);
      };
      setInterval(() => {
        if (w.__answered) return;
        const now = performance.now();
        w.__gaps.push(now - last);
        last = now;
      }, 20);
    });
    await unlock(page);
    await waitFor(todayHeading(page));
    const { gaps, answered } = await page.evaluate(() => {
      const w = window as unknown as { __gaps: number[]; __answered: boolean };
      return { gaps: w.__gaps, answered: w.__answered };
    });
    expect(answered).toBe(true);
    // Argon2id takes hundreds of milliseconds; on the window's thread it would stall the timer that long.
    expect(gaps.length).toBeGreaterThan(5);
    expect(Math.max(...gaps)).toBeLessThan(250);

    // A wrong passphrase says so plainly and stays locked.
    await page.getByRole('button', { name: 'People', exact: true }).click();
    await waitFor(page.getByRole('heading', { name: 'People' }));
    await addPerson(page, 'Sam Lee');
    await page.getByRole('button', { name: 'Lock now' }).click();
    await unlock(page, 'orchard kettle lantern DRIFT');
    const alert = page.getByRole('alert');
    await waitFor(alert);
    expect(await alert.textContent()).toContain("doesn't open this notebook");
    expect(await lockScreen(page).isVisible()).toBe(true);
    await unlock(page);
    await showPeople(page);
    await waitFor(peopleList(page).getByText('Sam Lee'));

    // It locks when the computer sleeps or its screen locks, and wipes text copied from the app.
    await app.clipboard.writeText('');
    await addPerson(page, 'Jordan Rivers');
    await page.evaluate(() =>
      (window as unknown as { notebook: { copyText(t: string): Promise<void> } }).notebook.copyText('Jordan Rivers, 919-555-0142'),
    );
    expect(app.clipboard.text).toBe('Jordan Rivers, 919-555-0142');
    await app.emit('lockRequested', { reason: 'suspend' });
    await waitFor(lockScreen(page));
    await waitFor(page.getByText('Locked when this computer went to sleep.'));
    expect(app.clipboard.text).toBe('');

    await unlock(page);
    await waitFor(todayHeading(page));
    await app.emit('lockRequested', { reason: 'lock-screen' });
    await waitFor(page.getByText("Locked when this computer's screen was locked."));
  });
});
