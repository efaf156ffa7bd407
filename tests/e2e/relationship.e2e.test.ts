/**
 * The peer relationship and the limits of confidentiality, as a peer works through them with a
 * person: agreement, limits, releases, sharing, revocation, and the history of it all.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { LaunchedApp } from './harness';
import { openApp } from './app';
import { signOnScreen, unlockToJordan, tab } from './flows';
import { waitFor } from '../support/wait-for';

let app: LaunchedApp;
let page: Page;
beforeEach(async () => {
  app = await openApp({ notebook: 'jordan' });
  page = app.page;
  await unlockToJordan(page);
  await waitFor(page.getByRole('heading', { name: /Jordan Rivers/ }));
});
afterEach(() => app.close());

const alert = (page: Page) => page.getByRole('alert');

async function recordSharing(page: Page, release: RegExp | null, sharedWith: string, purpose: string) {
  await tab(page, 'Sharing log');
  await waitFor(page.getByRole('button', { name: 'Record the sharing' }));
  if (release) await page.getByLabel('Shared under which release').selectOption({ label: (await optionMatching(page, release))! });
  await page.getByLabel('Shared with').fill(sharedWith);
  await page.getByLabel('Why it was shared').fill(purpose);
  await page.getByLabel('What was shared').fill('That Jordan comes to peer support every week');
  await page.getByRole('button', { name: 'Record the sharing' }).click();
}

async function optionMatching(page: Page, pattern: RegExp) {
  const labels = await page.getByLabel('Shared under which release').locator('option').allTextContents();
  return labels.find((label) => pattern.test(label));
}

describe('the peer relationship', () => {
  it('a person gets a signed agreement, fixed once signed (a change is a new version and the signed one stays readable), and is told the limits of confidentiality; the flag clears', async () => {
    const flag = page.getByRole('status', { name: 'Confidentiality reminder' });
    expect(await flag.textContent()).toContain("Jordan Rivers hasn't been told the limits of confidentiality yet");

    await tab(page, 'Agreement');
    await page.getByRole('button', { name: 'Write the agreement together' }).click();
    await page.getByLabel("How and where we'll meet").fill('At the library on Tuesdays, or by phone');
    await page.getByLabel('How to reach me (your peer), and when').fill('Text Dana on weekdays, 9 to 5');
    await page.getByLabel("When I can't be reached, and who to call then").fill('Evenings and weekends: call the 988 line');
    await waitFor(page.getByText('Before signing:'), { state: 'detached' });
    await signOnScreen(page);
    await waitFor(page.getByText(/Signed by Jordan Rivers on/));
    expect(await page.getByRole('img', { name: 'Signature of Jordan Rivers' }).isVisible()).toBe(true);

    // A signed agreement is fixed: a change is a new version, and the signed one stays readable.
    await page.getByRole('button', { name: 'Make a new version' }).click();
    await waitFor(page.getByText('Version 2: draft'));
    await page.getByLabel("How and where we'll meet").fill('At the coffee shop on Main Street');
    await signOnScreen(page);
    await waitFor(page.getByText('At the coffee shop on Main Street'));
    await page.getByText(/Version 1, signed/).click();
    expect(await page.getByText('At the library on Tuesdays, or by phone', { exact: true }).isVisible()).toBe(true);

    // The limits of confidentiality, gone over together.
    await tab(page, 'Confidentiality');
    await page.getByRole('button', { name: 'Go over the limits together' }).click();
    expect(await page.getByLabel('Explained by').inputValue()).toBe('Dana Peer');
    await page.getByLabel('Said so out loud, with a witness').check();
    await page.getByLabel('Witness', { exact: true }).fill('Sam Ortiz');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await waitFor(page.getByRole('status').filter({ hasText: 'Draft saved.' }));
    // Signing follows the choice made once above, witness and all: nothing asked twice.
    await waitFor(page.getByText('They say it out loud, with Sam Ortiz as witness, as chosen above.'));
    expect(await page.getByRole('radiogroup', { name: 'How is it being signed?' }).count()).toBe(0);
    expect(await page.getByLabel("Witness's name").count()).toBe(0);
    await page.getByRole('button', { name: 'Sign and keep' }).click();
    await waitFor(page.getByText(/said out loud with Sam Ortiz as witness/));

    await tab(page, 'About');
    await waitFor(flag, { state: 'detached' });
    await page.getByRole('button', { name: 'Back to people' }).click();
    const row = page.getByRole('list', { name: 'People you support' }).getByRole('button', { name: /Jordan Rivers/ });
    expect(await row.textContent()).not.toMatch(/not gone over yet|No agreement yet/);
  });
});

describe('releases, sharing and the history of it all', () => {
  it('sharing is refused without a covering release; a release missing an element cannot be signed, once complete and signed it is active; sharing under it is recorded with the §2.32 notice; revoking it blocks the next sharing; the history lists views, signatures, sharing and revocations, and shows when it has been tampered with', async () => {
    // Sharing is refused without a covering release (there is none yet).
    await recordSharing(page, null, 'Wake Housing', 'Help finding housing');
    expect(await alert(page).textContent()).toContain('Choose the release that allows this sharing');

    // A release missing an element cannot be signed; once complete and signed it is active.
    await tab(page, 'Releases');
    // A release to Wake Housing for housing help, complete but for what information may be shared.
    await page.getByRole('button', { name: 'Start a new release' }).click();
    await waitFor(page.getByLabel('3. What information, and how much (be specific)'));
    await page.getByLabel('Recipient 1').fill('Wake Housing');
    await page.getByLabel('5. Why (the purpose)').fill('Help finding housing');
    await page.getByLabel('I explained they can take this back at any time, in writing, except for what was already shared').check();
    await page.getByLabel('How to take it back').fill('Tell or write to Dana or the program office');
    await page.getByLabel('Ends on').fill('2027-06-30');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await waitFor(page.getByRole('status').filter({ hasText: 'Draft saved.' }));
    const checklist = page.getByText('Before signing:').locator('..');
    expect(await checklist.textContent()).toContain('Add what information may be shared');
    expect(await page.getByRole('button', { name: 'Sign and keep' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /Wake Housing/ }).textContent()).toContain('Draft');

    await page.getByLabel('3. What information, and how much (be specific)').fill('everything');
    expect(await checklist.textContent()).toContain('too broad');
    await page.getByLabel('3. What information, and how much (be specific)').fill('Attendance and progress in peer support');
    await signOnScreen(page);
    await waitFor(page.getByText(/Signed by Jordan Rivers/));
    expect(await page.getByRole('button', { name: /Wake Housing/ }).textContent()).toMatch(/Active, ends June 30, 2027/);

    // Sharing is recorded under a covering release, with the §2.32 notice.
    // The only active release is chosen already, with its recipient and purpose.
    await tab(page, 'Sharing log');
    expect(await page.getByLabel('Shared with').inputValue()).toBe('Wake Housing');
    expect(await page.getByLabel('Why it was shared').inputValue()).toBe('Help finding housing');

    await recordSharing(page, /Wake Housing/, 'Durham Clinic', 'Help finding housing');
    expect(await alert(page).textContent()).toMatch(/doesn.t name Durham Clinic/);
    await page.getByLabel('Shared with').fill('Wake Housing');
    await page.getByLabel('Why it was shared').fill('To sell a story');
    await page.getByRole('button', { name: 'Record the sharing' }).click();
    await waitFor(alert(page).filter({ hasText: /purpose|reason|for/i }));
    await page.getByLabel('Why it was shared').fill('Help finding housing');
    await page.getByRole('button', { name: 'Record the sharing' }).click();
    await waitFor(page.getByRole('status').filter({ hasText: 'Recorded in the sharing log.' }));
    // The form starts afresh for the next time.
    expect(await page.getByLabel('What was shared').inputValue()).toBe('');
    const log = page.locator('table.log');
    expect(await log.textContent()).toContain('Wake Housing');
    expect(await log.textContent()).toContain('notice attached');

    // Revoking a release blocks the next sharing under it.
    await tab(page, 'Releases');
    await page.getByRole('button', { name: /Wake Housing/ }).click();
    await page.getByRole('button', { name: 'They want to take it back' }).click();
    await page.getByRole('button', { name: 'Record that it was taken back' }).click();
    await waitFor(page.getByRole('button', { name: /Wake Housing.*Taken back/ }));

    await recordSharing(page, /Wake Housing/, 'Wake Housing', 'Help finding housing');
    expect(await alert(page).textContent()).toMatch(/took this release back on/);
    // Still only the one sharing recorded above, before the release was taken back.
    expect(await page.locator('table.log tbody tr').count()).toBe(1);

    // The history lists views, signatures, sharing and revocations, and shows when it has been tampered with.
    await tab(page, 'History');
    await waitFor(page.getByText(/history is complete/));
    const history = await page.locator('table.log').textContent();
    for (const words of ['Opened', 'Signed', 'Shared: Shared with Wake Housing', 'Created']) expect(history).toContain(words);

    // Someone removes one audit entry from the store behind the app's back.
    await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve) => {
        const request = indexedDB.open('peer-notebook');
        request.onsuccess = () => resolve(request.result);
      });
      await new Promise((resolve) => {
        const tx = db.transaction('audit', 'readwrite');
        tx.objectStore('audit').delete(2);
        tx.oncomplete = resolve;
      });
      db.close();
    });
    await tab(page, 'About');
    await tab(page, 'History');
    expect(await alert(page).textContent()).toMatch(/tampered with: entry 2 was removed/);
  });
});
