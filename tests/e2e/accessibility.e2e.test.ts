/**
 * Every screen and dialog a peer meets, checked by axe-core against WCAG 2.0, 2.1 and 2.2 A and
 * AA, in English and in Spanish: the lock screen, Today, People and the form to add someone,
 * each of a person's tabs with its main form open, a referral, Settings, Resources, About, search
 * results, and sync's question dialog. The same app first goes from the lock screen to a signed
 * note without the mouse, each screen taking the focus and being announced.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { source as axeSource, type AxeResults, type Result, type RunOptions } from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { LaunchedApp } from './harness';
import { openApp } from './app';
import { focusedText, lockScreen, openSettings, PASSPHRASE, tab, tabTo, todayHeading } from './flows';
import { waitFor } from '../support/wait-for';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let app: LaunchedApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** What axe found, one line per rule and place, naming the elements. Collected, so one run shows every problem. */
const found: string[] = [];
async function check(page: Page, where: string): Promise<void> {
  // axe goes into the page once (the app never navigates) and runs there: far quicker than injecting it per check.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations: Result[] = await page.evaluate(
    (tags) =>
      (window as unknown as { axe: { run(context: Document, options: RunOptions): Promise<AxeResults> } }).axe
        .run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
        .then((results) => results.violations),
    WCAG_TAGS,
  );
  for (const violation of violations)
    found.push(`${where}: ${violation.id} (${violation.help}) at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

const menu = (page: Page) => page.getByRole('navigation').first().getByRole('button');
const heading = (page: Page) => page.getByRole('heading', { level: 1 });

/** The tour, in whatever language the app is in: every place is reached by where it is, not by its words. */
async function tour(page: Page, language: string): Promise<void> {
  const screens = await menu(page).count();
  for (let index = 0; index < screens; index++) {
    await menu(page).nth(index).click();
    await waitFor(heading(page));
    await check(page, `${language}, ${await heading(page).textContent()}`);
  }
  await page.getByRole('searchbox').first().fill('Jordan');
  await waitFor(page.getByRole('link').or(page.getByRole('button')).filter({ hasText: 'Jordan Rivers' }).first());
  await check(page, `${language}, search results`);

  await menu(page).nth(1).click();
  await page.getByRole('main').getByRole('button').first().click(); // Add a person
  await waitFor(page.getByRole('textbox').first());
  await check(page, `${language}, adding a person`);

  // A person's page: every group and every tab in it, then the form its button opens (each has one
  // but History; About's edits the profile in the form checked above).
  await menu(page).nth(1).click();
  await page.getByRole('list').first().getByRole('button').first().click();
  const groups = page.getByRole('tablist').first().getByRole('tab');
  const count = await groups.count();
  for (let index = 0; index < count; index++) {
    await groups.nth(index).click();
    const tabs = page.getByRole('tablist').nth(1).getByRole('tab');
    const inGroup = Math.max(1, await tabs.count());
    for (let inner = 0; inner < inGroup; inner++) {
      if (inGroup > 1) await tabs.nth(inner).click();
      const where = `${language}, ${await page.getByRole('tab', { selected: true }).last().textContent()} tab`;
      const panel = page.getByRole('tabpanel').last();
      await waitFor(panel.locator('button, table').first());
      await waitFor(panel.getByRole('progressbar'), { state: 'detached' });
      await check(page, where);
      const opener = panel.getByRole('button');
      if (index === 0 || (await opener.count()) !== 1) continue;
      await opener.click();
      await waitFor(panel.locator('input, textarea, select').first());
      await check(page, `${where}, its form`);
    }
  }
}

describe('accessibility', () => {
  // About eighty screens and dialogs, each checked by axe, in two languages: more than one ordinary test's time.
  it(
    'every screen and dialog passes axe in English and in Spanish; a person is added and a note written and signed without the mouse, each screen taking the focus and being announced',
    { timeout: 240_000 },
    async () => {
      app = await openApp({ notebook: 'jordan' });
      const { page } = app;
      await waitFor(lockScreen(page));
      await check(page, 'English, lock screen');
      // Unlocked from the keyboard, then the keyboard walk; axe's tour starts from Jordan's page after it.
      await walkWithTheKeyboard(page);
      await unlockToJordanAgain(page);
      await waitFor(page.getByRole('heading', { name: /Jordan Rivers/ }));

      // A referral to a place in the directory, so the Referrals tab has one to check.
      await page.getByRole('button', { name: 'Resources', exact: true }).click();
      await page.getByRole('button', { name: 'Add a resource' }).click();
      await page.getByLabel('Kind').selectOption({ label: 'Food' });
      await page.getByLabel('Name of the place or service').fill('Inter-Faith Food Shuttle');
      await check(page, 'English, adding a resource');
      await page.getByRole('button', { name: 'Save this resource' }).click();
      await unlockToJordanAgain(page);
      await tab(page, 'Referrals');
      await page.getByRole('button', { name: 'Look for a place together' }).click();
      await page.getByRole('radio', { name: /Inter-Faith Food Shuttle/ }).check();
      await page.getByRole('button', { name: 'Save this referral' }).click();
      await page.getByRole('button', { name: 'Update Inter-Faith Food Shuttle' }).click();
      await check(page, 'English, updating a referral');

      // A crisis event: what allowed a contact is never assumed, and the follow-up shows on the event.
      await tab(page, 'Crisis and safety');
      await page.getByRole('button', { name: 'Write down a crisis or safety event' }).click();
      await page.getByLabel('What happened').fill('Felt unsafe at the shelter');
      await page.getByLabel('What you did').fill('Talked it through; he called his sister');
      await page.getByRole('button', { name: 'Add someone you contacted' }).click();
      const ground = page.getByLabel('What allowed it');
      expect(await ground.locator('option:checked').textContent()).toBe('Choose what allowed it');
      await page.getByLabel('Contact 1: who').fill('His sister');
      await page.getByLabel('Why', { exact: true }).fill('A place to stay tonight');
      await ground.selectOption({ label: 'They agreed to it' });
      await page.getByLabel('Follow-up', { exact: true }).fill('Call him tomorrow morning');
      await page.getByLabel('Follow up by').fill(await page.evaluate(() => new Date(Date.now() + 86_400_000).toLocaleDateString('en-CA')));
      await check(page, 'English, writing down a crisis event');
      await page.getByRole('button', { name: 'Save the event' }).click();
      const event = page.getByRole('list', { name: 'Crisis and safety events' }).getByRole('listitem');
      await waitFor(event.getByText(/^Follow up with Jordan Rivers by /));
      expect(await event.textContent()).toContain('Follow-up: Call him tomorrow morning');
      // Today asks for it until it is marked done, and opens the event to do so.
      await page.getByRole('button', { name: 'Today', exact: true }).click();
      await page.getByRole('button', { name: /^Follow up with Jordan Rivers by / }).click();
      await page.getByRole('button', { name: 'Mark the follow-up done' }).click();
      await waitFor(event.getByText(/^Followed up with Jordan Rivers/));
      await page.getByRole('button', { name: 'Today', exact: true }).click();
      await waitFor(todayHeading(page));
      expect(await page.getByRole('main').textContent()).not.toContain('Follow up with Jordan Rivers');

      // Sync's question: the folder it synced with is empty now.
      const syncFolder = await mkdtemp(join(tmpdir(), 'peer-notebook-sync-'));
      app.syncFolderDialog.folder = syncFolder;
      await openSettings(page, 'Sync');
      await page.getByRole('button', { name: 'Choose a sync folder' }).click();
      await waitFor(page.getByRole('status').filter({ hasText: 'Everything here and in the folder now matches.' }), { timeout: 30_000 });
      await rm(join(syncFolder, 'peer-notebook-sync'), { recursive: true });
      await page.getByRole('button', { name: 'Sync now' }).click();
      const question = page.getByRole('alertdialog', { name: "Your notebook isn't in this folder" });
      await waitFor(question);
      await check(page, 'English, sync question');
      await question.getByRole('button', { name: 'Stop and keep everything as it is' }).click();
      // Closing a dialog hands the focus back to the button that opened it.
      await waitFor(question, { state: 'detached' });
      expect(await focusedText(page)).toBe('Sync now');

      await tour(page, 'English');

      await openSettings(page, 'Language and locking');
      await page.getByLabel('Language', { exact: true }).selectOption({ label: 'Español' });
      await page.getByRole('button', { name: 'Save language and locking' }).click();
      await waitFor(page.getByRole('heading', { name: 'Configuración' }));
      await page.getByRole('tab', { name: 'Sincronizar', exact: true }).click();
      await page.getByRole('button', { name: 'Sincronizar ahora' }).click();
      await waitFor(page.getByRole('alertdialog'));
      await check(page, 'Spanish, sync question');
      await page.getByRole('alertdialog').getByRole('button').first().click();
      await tour(page, 'Spanish');
      await page.getByRole('button', { name: 'Bloquear ahora' }).click();
      await waitFor(page.getByRole('heading', { name: 'Tu cuaderno está bloqueado' }));
      await check(page, 'Spanish, lock screen');

      expect(found).toEqual([]);
    },
  );
});

async function unlockToJordanAgain(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'People', exact: true }).click();
  await page
    .getByRole('list', { name: 'People you support' })
    .getByRole('button', { name: /Jordan Rivers/ })
    .click();
}

/** A person added and a note written and signed without the mouse, from the lock screen: each screen takes the focus and is announced. */
async function walkWithTheKeyboard(page: Page): Promise<void> {
  const press = (key: string) => page.keyboard.press(key);
  /** Tab (Shift+Tab with `back`) to a button or link, then Enter. */
  const activate = async (target: Locator, back = false) => {
    await tabTo(page, target, { back });
    await press('Enter');
  };
  /** Tab to a field, then type into it. */
  const typeInto = async (target: Locator, text: string) => {
    await tabTo(page, target);
    await page.keyboard.type(text);
  };
  const announced = page.locator('[aria-live="polite"]').first();

  await waitFor(lockScreen(page));
  await page.keyboard.type(PASSPHRASE);
  await press('Enter');
  await waitFor(todayHeading(page));
  await expect.poll(() => focusedText(page)).toBe('Today');
  expect(await announced.textContent()).toBe('Today');

  // Before the menu, "Skip to content", which leads back to the heading.
  await tabTo(page, page.getByRole('link', { name: 'Skip to content' }), { back: true });
  expect(await page.getByRole('link', { name: 'Skip to content' }).isVisible()).toBe(true);
  await press('Enter');
  expect(await focusedText(page)).toBe('Today');

  await activate(page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'People' }), true);
  await expect.poll(() => focusedText(page)).toBe('People');
  expect(await announced.textContent()).toBe('People');

  await activate(page.getByRole('button', { name: 'Add a person' }));
  await expect.poll(() => focusedText(page)).toBe('Name they like to be called');
  await page.keyboard.type('Sam Keys');
  await activate(page.getByRole('button', { name: 'Save', exact: true }));
  await waitFor(page.getByRole('heading', { name: 'Sam Keys' }));
  await expect.poll(() => focusedText(page)).toBe('Sam Keys');

  // A goal in their plan first: a note names the goal it worked on. The page's tabs are one Tab
  // stop; arrow keys move along them.
  await tabTo(page, page.getByRole('tab', { name: 'About', exact: true }));
  await press('ArrowRight');
  await press('ArrowRight');
  expect(await focusedText(page)).toBe('Their plans');
  expect(await page.getByRole('tab', { name: 'Recovery plan', exact: true, selected: true }).isVisible()).toBe(true);
  await activate(page.getByRole('button', { name: 'Start their recovery plan' }));
  await typeInto(page.getByLabel('A new goal, in their own words'), 'Get to work on my own');
  await activate(page.getByRole('button', { name: 'Add a goal' }));
  await activate(page.getByRole('button', { name: 'Add a step to goal 1' }));
  await typeInto(page.getByLabel('Step 1: what'), 'Get a bus pass');
  await activate(page.getByRole('button', { name: 'Save draft' }));
  await waitFor(page.getByText('Draft saved.'));

  await tabTo(page, page.getByRole('tab', { name: 'Their plans', exact: true }), { back: true });
  await press('ArrowLeft');
  expect(await page.getByRole('tab', { name: 'Notes', exact: true, selected: true }).isVisible()).toBe(true);
  await activate(page.getByRole('button', { name: 'Write a note' }));
  const editor = page.getByRole('form', { name: 'Note' });
  // A day already past: a note of today's 10 AM cannot be signed before 10:45 AM.
  await typeInto(editor.getByLabel('Date you met'), '03022026');
  expect(await editor.getByLabel('Date you met').inputValue()).toBe('2026-03-02');
  await typeInto(editor.getByLabel('Started at'), '1000AM');
  await typeInto(editor.getByLabel('Ended at'), '1045AM');
  await tabTo(page, editor.getByLabel('Get to work on my own'));
  await press('Space');
  await typeInto(editor.getByLabel('What you did together'), 'Talked through the week and the bus pass.');
  await press('Tab');
  await page.keyboard.type('"It helps to say it out loud."');
  await press('Tab');
  await page.keyboard.type('Call the transit office on Monday.');
  await activate(editor.getByRole('button', { name: 'Sign this note' }));
  await waitFor(page.getByText(/^Signed by Dana Peer, CPSS, on /));
}
