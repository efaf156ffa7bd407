/**
 * Today, as a peer's week meets it: a weekly check-in that turns up on its day and, done, moves
 * to the next week, and offers to write the note of that meeting; a release about to end, a note
 * left unsigned past the agency's due time and a task of the peer's own, met in one day's work.
 * Each line opens the place to act on it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { LaunchedApp } from './harness';
import { openApp, type AppOptions } from './app';
import { signOnScreen, tab, tabTo, todayHeading, unlock, unlockToJordan } from './flows';
import { waitFor } from '../support/wait-for';

let app: LaunchedApp;
let page: Page;
/** Each test opens Jordan's notebook first. */
async function start(options: AppOptions = {}) {
  app = await openApp({ notebook: 'jordan', ...options });
  page = app.page;
}
afterEach(() => app.close());

const DAY_MS = 24 * 60 * 60 * 1000;

/** A calendar date `days` from `from`, on this computer's calendar (as the app reads it). */
function localDate(days: number, from = Date.now()): string {
  const date = new Date(from + days * DAY_MS);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const longDate = (iso: string) =>
  new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

async function showToday(page: Page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Today', exact: true }).click();
  await waitFor(todayHeading(page));
}

const todayList = (page: Page) => page.getByRole('list', { name: 'Your day' });
const group = (page: Page, name: string) => todayList(page).getByRole('list', { name });

describe('Today', () => {
  it('a weekly check-in shows on Today on its day and, done, moves to the next week', async () => {
    // Playwright's clock holds for a whole context: this test's app gets one of its own.
    await start({ ownContext: true });
    await page.clock.install();
    await unlockToJordan(page);
    const started = await page.evaluate(() => Date.now());
    const nextWeek = localDate(7, started);

    await tab(page, 'Tasks and check-ins');
    await page.getByRole('button', { name: 'Add a task or check-in' }).click();
    await page.getByLabel('What needs doing').fill('Weekly recovery support call');
    await page.getByLabel('What kind').selectOption({ label: 'A scheduled check-in' });
    await page.getByLabel('When (the first time, if it repeats)').fill(nextWeek);
    await page.getByLabel('Repeats', { exact: true }).selectOption({ label: 'Every week' });
    await page.getByRole('button', { name: 'Keep it' }).click();
    await waitFor(page.getByRole('status').filter({ hasText: `Kept. It shows on Today from ${longDate(nextWeek)}.` }));

    // Not due yet: Today has nothing of it.
    await showToday(page);
    await waitFor(todayList(page));
    expect(await page.getByText('Weekly recovery support call').count()).toBe(0);

    // A week later the notebook is unlocked again, and opens on Today with the call on it.
    await page.getByRole('button', { name: 'Lock now' }).click();
    await page.clock.setSystemTime(started + 7 * DAY_MS);
    await unlock(page);
    await waitFor(todayHeading(page));
    const call = group(page, 'Tasks and check-ins').getByRole('listitem').filter({ hasText: 'Weekly recovery support call' });
    expect(await call.textContent()).toContain('Weekly recovery support call, with Jordan Rivers');
    expect(await call.textContent()).toContain('Check-in');
    expect(await call.textContent()).toContain('Due today');

    // The call made, its note is a keypress away: a new note on Jordan's Notes tab.
    const writeNote = call.getByRole('button', { name: 'Write a note: Weekly recovery support call, with Jordan Rivers' });
    expect(await writeNote.textContent()).toBe('Write a note');
    await tabTo(page, writeNote);
    await page.keyboard.press('Enter');
    await waitFor(page.getByRole('heading', { name: /Jordan Rivers/ }));
    expect(await page.getByRole('tab', { name: 'Notes', exact: true }).getAttribute('aria-selected')).toBe('true');
    const editor = page.getByRole('form', { name: 'Note' });
    expect(await editor.getByLabel('What you did together').inputValue()).toBe('');
    expect(await editor.getByLabel('Date you met').inputValue()).toBe(localDate(0, started + 7 * DAY_MS));
    await showToday(page);

    await call.getByRole('button', { name: 'Done: Weekly recovery support call' }).click();
    await waitFor(call, { state: 'detached' });

    // On Jordan's page, the call is now due the week after, and this week's is marked done.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'People', exact: true }).click();
    await page.getByRole('button', { name: /Jordan Rivers/ }).click();
    await tab(page, 'Tasks and check-ins');
    const onTheirPage = page.getByRole('list', { name: 'Tasks and check-ins with Jordan Rivers' }).getByRole('listitem');
    await waitFor(onTheirPage.filter({ hasText: `Next: ${longDate(localDate(14, started))}` }));
    expect(await onTheirPage.textContent()).toContain(`Every week · Last done ${longDate(nextWeek)}`);
  });

  it('gathers what needs the peer: a release ending within 30 days opens their Releases tab, a note left unsigned past the due time opens their Notes tab, and a task of their own shows when due and goes once done', async () => {
    await start();
    await unlockToJordan(page);

    // A release ending within 30 days shows, and opens their Releases tab.
    const endsOn = localDate(12);
    await tab(page, 'Releases');
    await page.getByRole('button', { name: 'Start a new release' }).click();
    await page.getByLabel('3. What information, and how much (be specific)').fill('Attendance and progress in peer support');
    await page.getByLabel('Recipient 1').fill('Wake Housing');
    await page.getByLabel('5. Why (the purpose)').fill('Help finding housing');
    await page.getByLabel('I explained they can take this back at any time, in writing, except for what was already shared').check();
    await page.getByLabel('How to take it back').fill('Tell or write to Dana or the program office');
    await page.getByLabel('Ends on').fill(endsOn);
    await page.getByRole('button', { name: 'Save draft' }).click();
    await waitFor(page.getByRole('status').filter({ hasText: 'Draft saved.' }));
    await signOnScreen(page);
    await waitFor(page.getByText(/Signed by Jordan Rivers/));

    await showToday(page);
    const release = group(page, 'To go over together').getByRole('button', {
      name: `Jordan Rivers's release to Wake Housing ends on ${longDate(endsOn)} (in 12 days)`,
    });
    await release.click();
    await waitFor(page.getByRole('heading', { name: /Jordan Rivers/ }));
    expect(await page.getByRole('tab', { name: 'Releases', exact: true }).getAttribute('aria-selected')).toBe('true');
    await waitFor(page.getByRole('button', { name: /Wake Housing/ }));

    // A note left unsigned past the due time shows as overdue, and opens their Notes tab.
    const metOn = localDate(-3);
    await tab(page, 'Notes');
    await page.getByRole('button', { name: 'Write a note' }).click();
    const editor = page.getByRole('form', { name: 'Note' });
    await editor.getByLabel('Date you met').fill(metOn);
    await editor.getByLabel('Started at').fill('10:00');
    await editor.getByLabel('Ended at').fill('10:20');
    await editor.getByRole('button', { name: 'Save draft' }).click();
    await waitFor(editor.getByText('Draft saved.'));

    await showToday(page);
    const note = group(page, 'Notes to sign').getByRole('button', {
      name: new RegExp(`^Note with Jordan Rivers from ${longDate(metOn)}: it was due `),
    });
    await note.click();
    await waitFor(page.getByRole('heading', { name: /Jordan Rivers/ }));
    expect(await page.getByRole('tab', { name: 'Notes', exact: true }).getAttribute('aria-selected')).toBe('true');
    await waitFor(page.getByRole('article', { name: `Note from ${longDate(metOn)}` }));

    // A task of their own, added on Today, shows there when due and goes once done.
    await showToday(page);
    await page.getByRole('button', { name: 'Add a task or check-in for yourself' }).click();
    await page.getByLabel('What needs doing').fill('Send the monthly report');
    await page.getByRole('button', { name: 'Keep it' }).click();
    const task = group(page, 'Tasks and check-ins').getByRole('listitem').filter({ hasText: 'Send the monthly report' });
    expect(await task.textContent()).toContain('Due today');
    await task.getByRole('button', { name: 'Done: Send the monthly report' }).click();
    await waitFor(task, { state: 'detached' });
  });
});
