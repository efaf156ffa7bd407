/** Steps a peer takes, written once for every end-to-end test. */
import type { Locator, Page } from 'playwright-core';
import { waitFor } from '../support/wait-for';

export const PASSPHRASE = 'orchard kettle lantern drift';
export const NEW_PASSPHRASE = 'harbor violet pancake tundra';

/** First run: choose a passphrase, keep the recovery code, open the notebook (on Settings, to say who you are). Returns the code. */
export async function createVault(page: Page, passphrase = PASSPHRASE): Promise<string> {
  const choose = page.getByLabel('Choose a passphrase');
  await waitFor(choose);
  await choose.fill(passphrase);
  await page.getByLabel('Type it again').fill(passphrase);
  await page.getByRole('button', { name: 'Create my notebook' }).click();
  const shownCode = page.getByTestId('recovery-code');
  await waitFor(shownCode);
  const code = (await shownCode.textContent())!;
  await page.getByLabel('I have saved my recovery code somewhere safe').check();
  await page.getByRole('button', { name: 'Next: check the code' }).click();
  await typeBackRecoveryGroup(page, code, /^Group (\d) of your recovery code$/);
  await page.getByRole('button', { name: 'Open my notebook' }).click();
  await waitFor(page.getByRole('heading', { name: 'Settings' }));
  return code;
}

/** Types back the group of the code the check asks for (its field's label, matched by `label`, names the group). */
export async function typeBackRecoveryGroup(page: Page, code: string, label: RegExp): Promise<void> {
  const field = page.getByLabel(label);
  const group = Number(label.exec((await page.getByText(label).textContent())!)![1]);
  await field.fill(code.split('-')[group - 1]!);
}

/** Adds a person; the app then opens their page. */
export async function addPerson(page: Page, name: string, details: { pronouns?: string; phone?: string } = {}): Promise<void> {
  await page.getByRole('button', { name: 'Add a person' }).click();
  await page.getByLabel('Name they like to be called').fill(name);
  if (details.pronouns) await page.getByLabel('Pronouns').fill(details.pronouns);
  if (details.phone) await page.getByLabel('Phone').fill(details.phone);
  await page.getByRole('button', { name: 'Save' }).click();
  await waitFor(page.getByRole('status').filter({ hasText: `Saved ${name}.` }));
}

/**
 * What About you says once saved, in its own words: a string in `hasText` matches any case and any
 * part of a status, so "Saved." alone would also take a note's "Draft saved.".
 */
export const ABOUT_YOU_SAVED = 'Saved. Every new note and form fills these in.';

/** Fills About you (open in Settings) with the peer's name and credential, saves it, and waits until it is saved. */
export async function saveAboutYou(page: Page, name: string, credential = 'CPSS'): Promise<void> {
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Your credential').fill(credential);
  await page.getByRole('button', { name: 'Save about you' }).click();
  await waitFor(page.getByRole('status').filter({ hasText: ABOUT_YOU_SAVED }));
}

/** A new notebook whose peer is Dana Peer, CPSS, with Jordan Rivers added: where most stories start. Returns the recovery code. */
export async function startWithJordan(page: Page): Promise<string> {
  const code = await createVault(page);
  await saveAboutYou(page, 'Dana Peer');
  await page.getByRole('button', { name: 'People' }).click();
  await addPerson(page, 'Jordan Rivers');
  return code;
}

/** Opens Settings at one of its sections by its tab's name (About you shows first). */
export async function openSettings(page: Page, section?: string): Promise<void> {
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  if (section) await page.getByRole('tab', { name: section, exact: true }).click();
}

export async function unlock(page: Page, passphrase = PASSPHRASE): Promise<void> {
  const field = page.getByLabel('Passphrase', { exact: true });
  await waitFor(field);
  await field.fill(passphrase);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
}

/** Opens a notebook started from a fixture (app.ts) at its lock screen, on the people list. */
export async function unlockToPeople(page: Page): Promise<void> {
  await unlock(page);
  await waitFor(todayHeading(page));
  await page.getByRole('button', { name: 'People', exact: true }).click();
  await waitFor(page.getByRole('heading', { name: 'People' }));
}

/** Opens the "jordan" notebook (Dana Peer's, with Jordan Rivers) on Jordan's page, where startWithJordan leaves a new one. */
export async function unlockToJordan(page: Page): Promise<void> {
  await unlockToPeople(page);
  await peopleList(page)
    .getByRole('button', { name: /Jordan Rivers/ })
    .click();
  await waitFor(page.getByRole('heading', { name: /Jordan Rivers/ }));
}

export const lockScreen = (page: Page) => page.getByRole('heading', { name: 'Your notebook is locked' });
export const peopleList = (page: Page) => page.getByRole('list', { name: 'People you support' });
/** Where the notebook opens after unlocking. */
export const todayHeading = (page: Page) => page.getByRole('heading', { name: 'Today', exact: true });

/** Draws a signature in the pad and signs. */
export async function signOnScreen(page: Page): Promise<void> {
  const pad = page.getByRole('img', { name: 'Signature', exact: true });
  await pad.scrollIntoViewIfNeeded();
  const box = (await pad.boundingBox())!;
  await page.mouse.move(box.x + 30, box.y + box.height / 2);
  await page.mouse.down();
  for (let step = 1; step <= 12; step++) await page.mouse.move(box.x + 30 + step * 20, box.y + box.height / 2 + (step % 2 ? -20 : 20));
  await page.mouse.up();
  await waitFor(page.getByText('Signed.', { exact: true }));
  await page.getByRole('button', { name: 'Sign and keep' }).click();
}

export async function showPeople(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'People', exact: true }).click();
  await waitFor(peopleList(page));
}

/** The person's page groups its tabs: the group each tab is in, where it is not a group of its own. */
const TAB_GROUP: Record<string, string> = {
  Notes: 'Notes and tasks',
  'Tasks and check-ins': 'Notes and tasks',
  'Recovery plan': 'Their plans',
  'Wellness plan': 'Their plans',
  'Recovery capital': 'Their plans',
  Referrals: 'Their plans',
  Agreement: 'Paperwork',
  Confidentiality: 'Paperwork',
  Releases: 'Paperwork',
  'Sharing log': 'Paperwork',
};

/** Opens one of the person's tabs: its group first, then the tab within it. */
export async function tab(page: Page, name: string): Promise<void> {
  const group = TAB_GROUP[name];
  if (group) await page.getByRole('tab', { name: group, exact: true }).click();
  await page.getByRole('tab', { name, exact: true }).click();
}

/** Starts the person's recovery plan: a draft with one goal in their words and a first step (enough to pick from in a note). */
export async function startRecoveryPlan(page: Page, goal: string, firstStep: string): Promise<void> {
  await tab(page, 'Recovery plan');
  await page.getByRole('button', { name: 'Start their recovery plan' }).click();
  await page.getByLabel('A new goal, in their own words').fill(goal);
  await page.getByRole('button', { name: 'Add a goal' }).click();
  await page.getByRole('button', { name: 'Add a step to goal 1' }).click();
  await page.getByLabel('Step 1: what').fill(firstStep);
  await page.getByRole('button', { name: 'Save draft' }).click();
  await waitFor(page.getByText('Draft saved.'));
}

export interface NoteWords {
  date: string;
  startedAt: string;
  endedAt: string;
  /** A goal of their plan this meeting worked on. */
  goal: string;
  did: string;
  /** How they responded; left out to see signing refused. */
  response?: string;
  nextSteps: string;
}

/** A 50-minute meeting about housing (3 units under the default rule): the note most stories write, with the goal it worked on added. */
export const APARTMENT_VISIT = {
  date: '2026-03-02',
  startedAt: '10:00',
  endedAt: '10:50',
  did: 'Looked at two apartment listings together',
  nextSteps: 'Call the landlord on Wednesday',
} as const satisfies Omit<NoteWords, 'goal'>;

/** Opens a new note on the person's Notes tab and fills it in, unsigned; returns the editor. */
export async function writeNote(page: Page, words: NoteWords): Promise<Locator> {
  await tab(page, 'Notes');
  await page.getByRole('button', { name: 'Write a note' }).click();
  const editor = page.getByRole('form', { name: 'Note' });
  await editor.getByLabel('Date you met').fill(words.date);
  await editor.getByLabel('Started at').fill(words.startedAt);
  await editor.getByLabel('Ended at').fill(words.endedAt);
  await editor.getByLabel(words.goal).check();
  await editor.getByLabel('What you did together').fill(words.did);
  if (words.response) await editor.getByLabel('How they responded (their words are best)').fill(words.response);
  await editor.getByLabel('Next steps').fill(words.nextSteps);
  return editor;
}

/** Signs the note open in the editor and waits for its signed line. */
export async function signNote(page: Page, editor: Locator): Promise<void> {
  const signedLines = page.getByText(/^Signed by Dana Peer, CPSS, on /);
  const before = await signedLines.count();
  await editor.getByRole('button', { name: 'Sign this note' }).click();
  await waitFor(signedLines.nth(before));
}

/** The focused element's accessible text (its label's words for a field, its words for a button or heading). */
export const focusedText = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    if (!active || active === document.body) return '';
    const labelled = active.getAttribute('aria-label') ?? (active as HTMLInputElement).labels?.[0]?.textContent;
    return (labelled ?? active.textContent ?? '').trim();
  });

/** Presses Tab (Shift+Tab with `back`) until `target` has the focus, as a keyboard user reaches it; fails if it never does. */
export async function tabTo(page: Page, target: Locator, { back = false, most = 80 } = {}): Promise<void> {
  const element = await target.elementHandle();
  for (let presses = 0; presses < most; presses++) {
    if (await element!.evaluate((each) => each === document.activeElement)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${String(target)} is not reachable with the Tab key`);
}
