/**
 * The installation's policy, as a peer and their agency's IT person meet it: "About this
 * installation" lists every setting and where it came from, and says why a policy was refused;
 * each setting takes effect (auto-lock cap, passphrase strength, plaintext export, supervisor
 * signature, the agency's recovery slot at creation and at unlock, the agency's recovery
 * statement); updates ask first and never restart over unsaved work.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { loadSodium, type Sodium } from '@shared/crypto/sodium';
import { openVaultKeySealedForAgency } from '@shared/agency/agency-keys';
import { parseVaultHeader, unlockVaultKey, type VaultHeader } from '@shared/crypto/vault-header';
import { POLICY_SETTING_NAMES } from '@shared/agency/policy-settings';
import { closeKeepingStorage, type LaunchedApp } from './harness';
import { openApp } from './app';
import {
  createVault,
  lockScreen,
  PASSPHRASE,
  showPeople,
  signNote,
  signOnScreen,
  startRecoveryPlan,
  tab,
  todayHeading,
  unlock,
  unlockToJordan,
  unlockToPeople,
  writeNote,
  openSettings,
  APARTMENT_VISIT,
  ABOUT_YOU_SAVED,
} from './flows';
import { agencyInstallation, LINUX_POLICY_LOCATION, meteredAgencyFeed } from '../support/installation';
import { makeTestAgency, type TestAgency } from '../shared/agency/agency-fixtures';
import { waitFor } from '../support/wait-for';

let sodium: Sodium;
let agency: TestAgency;
let app: LaunchedApp | undefined;

beforeAll(async () => {
  sodium = await loadSodium();
  // Riverbend's build: auto-lock at most 15 minutes, an agency slot required, no plaintext export.
  agency = makeTestAgency(sodium);
});
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** The vault header as IndexedDB stores it, read with the raw API. */
async function storedHeader(page: Page): Promise<VaultHeader> {
  const value = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('peer-notebook');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const row = await new Promise<{ value: unknown } | undefined>((resolve) => {
      const request = db.transaction('meta').objectStore('meta').get('header');
      request.onsuccess = () => resolve(request.result as { value: unknown } | undefined);
    });
    db.close();
    return row?.value;
  });
  return parseVaultHeader(value);
}

/** The agency, with its own private key, opens the slot to the same vault key the passphrase opens. */
function expectAgencyOpens(header: VaultHeader) {
  expect(header.agencySlots).toHaveLength(1);
  expect(header.agencySlots[0]!.keyFingerprint).toBe((agency.json.recoveryKeys as { fingerprint: string }[])[0]!.fingerprint);
  expect(openVaultKeySealedForAgency(sodium, header.agencySlots[0]!, agency.recovery)).toEqual(
    unlockVaultKey(sodium, header, 'passphrase', PASSPHRASE).vaultKey,
  );
}

const settingRow = (page: Page, name: string) => page.getByRole('row', { name: new RegExp(`^${name.replace(/[()]/g, '\\$&')}`) });

describe('About this installation', () => {
  it("lists each setting with its value and source, and shows why part of the computer's policy was refused; with a required agency key, an existing notebook gets the slot at its next unlock, and the peer is told once", async () => {
    // The agency's build requires its recovery key's slot, and this notebook was made by a community build.
    // The computer's policy tightens auto-lock (applies unsigned) and tries to loosen export (refused).
    app = await openApp({
      notebook: 'empty',
      installationPolicy: agencyInstallation(sodium, agency.json, {
        autoLockMaxMinutes: 10,
        plaintextExportAllowed: true,
        requireSupervisorSignature: true,
      }),
    });
    const { page } = app;
    await waitFor(lockScreen(page));
    expect((await storedHeader(page)).agencySlots).toEqual([]);
    await unlock(page);
    const told = page.getByRole('status').filter({ hasText: "Your agency's recovery key can now open this notebook" });
    await waitFor(told);
    expectAgencyOpens(await storedHeader(page));
    await told.getByRole('button', { name: 'OK' }).click();
    expect(await told.count()).toBe(0);

    await page.getByRole('button', { name: 'About', exact: true }).click();
    await waitFor(page.getByRole('heading', { name: 'About this installation' }));

    expect(await page.getByText('Peer Notebook, version 0.0.0-test').count()).toBe(1);
    expect(await page.getByText('Set up for Riverbend Peer Services.').count()).toBe(1);
    const rows: [string, string, string][] = [
      ['Longest time before the notebook locks itself', '10 minutes', `This computer's policy at ${LINUX_POLICY_LOCATION}, not signed`],
      ["Your agency's recovery key can open notebooks", 'Yes', 'Built into this installer by Riverbend Peer Services'],
      ['Service notes are due within', '24 hours', "Peer Notebook's default"],
      ['State note deadlines', 'None', "Peer Notebook's default"],
      [
        'How service note time becomes billable units',
        '15-minute units; 8 minutes or more left over count as one more unit.',
        "Peer Notebook's default",
      ],
      ['Unencrypted copies (a plan printed or saved for the person)', 'Turned off', 'Built into this installer by Riverbend Peer Services'],
      ['Passphrase strength needed', 'Strong (3 of 4)', "Peer Notebook's default"],
      ["Recovery plans need a supervisor's signature", 'Yes', `This computer's policy at ${LINUX_POLICY_LOCATION}, not signed`],
      ['What you send your supervisor to review', 'Nothing', "Peer Notebook's default"],
    ];
    for (const [name, value, source] of rows) {
      expect(await settingRow(page, name).locator('td').allTextContents(), name).toEqual([value, source]);
    }
    expect(
      await page.getByText(`The policy at ${LINUX_POLICY_LOCATION} was read, but some of it was not applied (see below).`).count(),
    ).toBe(1);

    const problems = page.getByRole('region', { name: 'For your IT person' });
    expect(await problems.getByRole('listitem').allTextContents()).toEqual([
      `Unencrypted export allowed stays no: the policy at ${LINUX_POLICY_LOCATION} would loosen it to yes, and only a policy signed with your agency's policy key may loosen a setting. Sign the policy, or choose a value no looser than no.`,
    ]);
    expect(await page.getByText("Updates are off: this installation doesn't name a place to get them from.").count()).toBe(1);

    // Told once: the next unlock says nothing more, and the notebook keeps its one agency slot.
    await page.getByRole('button', { name: 'Lock now' }).click();
    await unlock(page);
    await waitFor(todayHeading(page));
    expect(await told.count()).toBe(0);
    expect((await storedHeader(page)).agencySlots).toHaveLength(1);
  });

  it('asks before downloading on a metered connection, and restarts into the update only with nothing unsaved', async () => {
    const feed = meteredAgencyFeed();
    app = await openApp({ notebook: 'empty', updates: feed.service });
    const launched = app;
    feed.forward((status) => void launched.emit('updateStatusChanged', status));
    const { page } = app;
    await unlockToPeople(page);
    await feed.service.check();
    const prompt = page.getByRole('region', { name: 'Updates' });
    expect(await prompt.textContent()).toContain('a metered connection');
    await prompt.getByRole('button', { name: 'Download version 2.0.0' }).click();
    await waitFor(prompt.getByRole('button', { name: 'Restart to update' }));

    // A person's details typed but not saved: the restart waits.
    await page.getByRole('button', { name: 'Add a person' }).click();
    await page.getByLabel('Name they like to be called').fill('Jordan Rivers');
    await prompt.getByRole('button', { name: 'Restart to update' }).click();
    await waitFor(prompt.getByRole('alert').filter({ hasText: 'Save or finish the form you are working on first, then restart.' }));
    expect(feed.restarts).toBe(0);

    await page.getByRole('button', { name: 'Save' }).click();
    await waitFor(page.getByRole('status').filter({ hasText: 'Saved Jordan Rivers.' }));
    await prompt.getByRole('button', { name: 'Restart to update' }).click();
    await expect.poll(() => feed.restarts).toBe(1);
  });
});

describe('the policies take effect', () => {
  it("a community build says so, every setting is Peer Notebook's default, and with no update feed it offers nothing to download or restart into; the auto-lock choices stop at an agency's cap, and a longer time chosen before counts as the cap", async () => {
    // First a community build: no agency, nothing built in.
    app = await openApp({ notebook: 'empty' });
    let { page } = app;
    await unlockToPeople(page);
    await page.getByRole('button', { name: 'About', exact: true }).click();
    await waitFor(page.getByText('A community build: no agency settings are built in. Your records are yours alone.'));
    const sources = await page.locator('table.installation-settings tbody tr td:last-child').allTextContents();
    expect(sources).toHaveLength(POLICY_SETTING_NAMES.length);
    expect(new Set(sources)).toEqual(new Set(["Peer Notebook's default"]));
    expect(await page.getByRole('region', { name: 'For your IT person' }).count()).toBe(0);
    // A community build names no place to get updates from.
    await waitFor(page.getByText("Updates are off: this installation doesn't name a place to get them from."));
    expect(await page.getByRole('button', { name: /Download|Restart to update|Check for updates/ }).count()).toBe(0);

    // The auto-lock choices: 30 minutes chosen in the community build.
    await openSettings(page, 'Language and locking');
    const chosen = page.getByLabel("Lock the notebook when I've been away for");
    await chosen.selectOption({ label: '30 minutes' });
    await page.getByRole('button', { name: 'Save language and locking' }).click();
    await waitFor(page.getByRole('status').filter({ hasText: 'Saved. The notebook is in English and locks after 30 minutes away.' }));

    // The app starts again on the same notebook, now under a policy capping auto-lock at 10 minutes.
    app = await openApp({
      storage: await closeKeepingStorage(app),
      installationPolicy: agencyInstallation(sodium, { ...agency.json, policies: { autoLockMaxMinutes: 10 } }),
    });
    ({ page } = app);
    await unlock(page);
    await openSettings(page, 'Language and locking');
    const lockAfter = page.getByLabel("Lock the notebook when I've been away for");
    expect(await lockAfter.locator('option').allTextContents()).toEqual(['1 minute', '2 minutes', '5 minutes', '10 minutes']);
    expect(await lockAfter.locator('option:checked').textContent()).toBe('10 minutes');
    await waitFor(
      page.getByText('You had chosen 30 minutes; your agency sets the longest to 10 minutes, so the notebook locks after 10 minutes.'),
    );

    await lockAfter.selectOption({ label: '5 minutes' });
    await page.getByRole('button', { name: 'Save language and locking' }).click();
    await waitFor(page.getByText('Your agency sets the longest time to 10 minutes.'));
  });

  it("a service note's units follow the agency's rule as the times are typed, and the signature keeps them", async () => {
    const halfHours = { unitMinutes: 30, partialUnitFromMinutes: 15 };
    app = await openApp({
      notebook: 'jordan',
      installationPolicy: agencyInstallation(sodium, { ...agency.json, policies: { noteUnitRule: halfHours } }),
    });
    const { page } = app;
    await unlockToJordan(page);
    await startRecoveryPlan(page, 'Have my own place', 'Call the housing office');
    const editor = await writeNote(page, {
      ...APARTMENT_VISIT,
      goal: 'Have my own place',
      response: 'Said it felt good to plan it together',
    });
    // 50 minutes: one whole half hour and 20 minutes more (15 or more counts); the default rule would make it 3.
    await waitFor(editor.getByText('50 minutes together: 2 units'));
    expect(await editor.getByText('30-minute units; 15 minutes or more left over count as one more unit.').count()).toBe(1);
    await signNote(page, editor);
    await waitFor(page.getByText(/^Signed by Dana Peer, CPSS, on .* · 2 units$/));
  });

  it("a service note is due by the agency's deadline for the state the peer works in", async () => {
    const texas = { noteDueHours: 24, stateRules: [{ state: 'TX', noteDeadline: { businessDays: 30 } }] };
    app = await openApp({ notebook: 'jordan', installationPolicy: agencyInstallation(sodium, { ...agency.json, policies: texas }) });
    const { page } = app;
    await unlockToJordan(page);
    await tab(page, 'Notes');
    await page.getByRole('button', { name: 'Write a note' }).click();
    const editor = page.getByRole('form', { name: 'Note' });
    const threeDaysAgo = new Date(Date.now() - 3 * 86_400_000);
    await editor
      .getByLabel('Date you met')
      .fill(
        `${threeDaysAgo.getFullYear()}-${String(threeDaysAgo.getMonth() + 1).padStart(2, '0')}-${String(threeDaysAgo.getDate()).padStart(2, '0')}`,
      );
    await editor.getByRole('button', { name: 'Save draft' }).click();
    await waitFor(editor.getByText('Draft saved.'));
    await editor.getByRole('button', { name: 'Cancel' }).click();
    const noteStatus = page.getByRole('list', { name: 'Notes about your time together' }).getByRole('article').getByRole('status');
    // Where the peer works is not said yet: the agency's general 24 hours have passed.
    expect(await noteStatus.textContent()).toMatch(/^Overdue: it was due by /);

    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    expect(await page.getByLabel('The state you work in').textContent()).toBe('TXAnother state');
    await page.getByLabel('The state you work in').selectOption('TX');
    await page.getByRole('button', { name: 'Save about you' }).click();
    await waitFor(page.getByRole('status').filter({ hasText: ABOUT_YOU_SAVED }));
    await showPeople(page);
    await page.getByRole('button', { name: /Jordan Rivers/ }).click();
    await tab(page, 'Notes');
    // In Texas the agency gives 30 business days. Waited for, not read at once: read at once, a
    // busy run once still saw the status from before the change.
    await waitFor(noteStatus.filter({ hasText: /^Sign it by / }));
    expect(await noteStatus.textContent()).toMatch(/^Sign it by /);
  });

  it("a passphrase below the agency's minimum is refused at creation, with the agency's reason; with a required agency key, the new notebook gets the agency slot", async () => {
    const policies = { ...(agency.json.policies as Record<string, unknown>), minimumPassphraseScore: 4 };
    app = await openApp({ installationPolicy: agencyInstallation(sodium, { ...agency.json, policies }) });
    const { page } = app;
    await page.getByLabel('Choose a passphrase').fill('orchard kettle');
    await page.getByLabel('Type it again').fill('orchard kettle');
    await waitFor(page.getByText('Passphrase strength: Strong (your agency asks for at least Very strong)'));
    expect(await page.getByRole('button', { name: 'Create my notebook' }).isDisabled()).toBe(true);

    await createVault(page);
    expectAgencyOpens(await storedHeader(page));
  });

  it("the agency's recovery statement is read to the person only where the agency has a recovery key; under Riverbend's policies the state a peer works in is not asked (no deadlines by state), and the person's copy of a plan is hidden (plaintext export off), with a line saying why", async () => {
    const statement = 'The agency I work for keeps a recovery key that can open these notes';
    app = await openApp({ notebook: 'jordan' });
    let { page } = app;
    await unlockToJordan(page);
    await tab(page, 'Confidentiality');
    await page.getByRole('button', { name: 'Go over the limits together' }).click();
    await waitFor(page.getByText('Harm to yourself'));
    expect(await page.getByText(statement, { exact: false }).count()).toBe(0);
    await app.close();

    app = await openApp({ notebook: 'jordan', installationPolicy: agencyInstallation(sodium, agency.json) });
    ({ page } = app);
    await unlockToJordan(page);
    await tab(page, 'Confidentiality');
    await page.getByRole('button', { name: 'Go over the limits together' }).click();
    await waitFor(page.getByText(statement, { exact: false }));

    // This agency has no deadlines by state: Settings does not ask where the peer works.
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await waitFor(page.getByLabel('Your name'));
    expect(await page.getByLabel('The state you work in').count()).toBe(0);

    // Riverbend turns plaintext export off: the person's copy of a signed plan is hidden, with a line saying why.
    await showPeople(page);
    await page.getByRole('button', { name: /Jordan Rivers/ }).click();
    await tab(page, 'Wellness plan');
    await page.getByRole('button', { name: 'Start their wellness and crisis plan' }).click();
    await page.getByLabel('Things that help me stay well').fill('Walking by the river');
    await page.getByText('Crisis plan', { exact: true }).click();
    await page.getByLabel('People who can help, and how to reach them').fill('My sister Ana');
    await page.getByLabel('Name of the person signing').fill('Jordan Rivers');
    await signOnScreen(page);
    await waitFor(page.getByText('Your agency turned off printing and saving copies of plans from this computer', { exact: false }));
    expect(await page.getByRole('button', { name: 'Print their copy (PDF)' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Save their copy as a web page' }).count()).toBe(0);
  });

  it("a recovery plan asks for a supervisor's signature after the peer's only where the agency requires it", async () => {
    for (const required of [false, true]) {
      app = await openApp({
        notebook: 'jordan',
        installationPolicy: agencyInstallation(sodium, { ...agency.json, policies: { requireSupervisorSignature: required } }),
      });
      const { page } = app;
      await unlockToJordan(page);
      await tab(page, 'Recovery plan');
      await page.getByRole('button', { name: 'Start their recovery plan' }).click();
      await page.getByLabel('Their strengths (what they are good at, what has helped before)').fill('Keeps promises');
      await page.getByLabel('A new goal, in their own words').fill('Get back to fixing bikes');
      await page.getByRole('button', { name: 'Add a goal' }).click();
      await page.getByRole('button', { name: 'Add a step to goal 1' }).click();
      await page.getByLabel('Step 1: what').fill('Visit the community workshop');
      await signOnScreen(page);
      await waitFor(page.getByRole('group', { name: 'Your signature, as their peer' }));
      await signOnScreen(page);
      await waitFor(page.getByText(/Signed by Dana Peer/));
      expect(await page.getByRole('group', { name: "A supervising professional's signature" }).count(), `required: ${required}`).toBe(
        required ? 1 : 0,
      );
      await app.close();
      app = undefined;
    }
  });
});
