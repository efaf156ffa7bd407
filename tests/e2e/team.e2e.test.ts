/**
 * A team as an agency runs one: two peers (Dana Peer, who walks with Jordan Rivers, and Blair
 * Okafor) and their supervisor (Sam Whitfield), three notebooks on three computers, a real sync
 * server on an embedded PostgreSQL, reached through a relay that keeps every byte it carries. The
 * agency's IT puts each on the team with the admin tool and signs the list. Two notes go for review
 * under the agency's co-signing rule: one is co-signed, one returned with a comment, and the peer
 * sees both on the note and on Today. Dana hands Jordan to Blair with Jordan's consent. Dana leaves:
 * the server and the new list refuse them, and Sam reassigns the rest of Dana's caseload from
 * Dana's backup with the agency's keys, without Dana's passphrase. Neither the server's database
 * and logs nor the traffic holds a word written.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { loadSodium } from '@shared/crypto/sodium';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../../server/embedded-database';
import { startTestServer, type TestServer } from '../server/server-fixture';
import {
  addToTeam,
  makePolicyKey,
  makeRecoveryKey,
  POLICY_PASSPHRASE,
  signTeam,
  teamAdmin,
  type TestAgencyKeys,
} from '../server/team-fixture';
import { startRecordingProxy, type RecordingProxy } from '../support/recording-proxy';
import { agencyInstallation } from '../support/installation';
import type { LaunchedApp } from './harness';
import { openApp } from './app';
import {
  addPerson,
  openSettings,
  saveAboutYou,
  signNote,
  startRecoveryPlan,
  tab,
  todayHeading,
  unlockToJordan,
  unlockToPeople,
  writeNote,
} from './flows';
import { connect, openPerson } from './server-flows';
import { waitFor } from '../support/wait-for';

let database: EmbeddedDatabase;
let server: TestServer;
let relay: RecordingProxy;
let policyKey: TestAgencyKeys;
const apps: LaunchedApp[] = [];

interface Member {
  page: Page;
  account: string;
  memberId: string;
}
let dana: Member;
let blair: Member;
let sam: Member;
let danaApp: LaunchedApp;
let samApp: LaunchedApp;
let recoveryKeyFile: string;

const GOAL = 'Keep the marigold allotment going';
const FIRST = {
  date: '2026-03-02',
  startedAt: '10:00',
  endedAt: '10:50',
  goal: GOAL,
  did: 'Weeded the saffron terrace beds together',
  response: '"The tomatoes are finally up"',
  nextSteps: 'Bring the watering rota',
};
const SECOND = { ...FIRST, date: '2026-03-09', did: 'Walked to the quince orchard co-op', nextSteps: 'Ask about a volunteer shift' };
const RETURNED = 'Add how the co-op visit felt for Jordan';
const MARKERS = [
  'Jordan',
  'Rivers',
  'marigold',
  'saffron terrace',
  'tomatoes',
  'quince orchard',
  'co-op visit',
  'Dana Peer',
  'Blair Okafor',
  'Whitfield',
];

const teamScreen = async (page: Page) => {
  await page.getByRole('button', { name: 'Team', exact: true }).click();
  await waitFor(page.getByRole('heading', { name: 'Your team', exact: true }));
};

/** The Team screen's check: the signed list, then the mailbox; waits for what it said. */
async function checkTeam(page: Page, said: string | RegExp): Promise<void> {
  await teamScreen(page);
  await page.getByRole('button', { name: 'Check for team updates' }).click();
  await waitFor(page.getByRole('status').filter({ hasText: said }), { timeout: 30_000 });
}

async function sayWhoIAm(page: Page, name: string): Promise<void> {
  await openSettings(page, 'About you');
  await saveAboutYou(page, name);
}

beforeAll(async () => {
  const sodium = await loadSodium();
  database = await startEmbeddedDatabase(await mkdtemp(join(tmpdir(), 'pn-e2e-team-db-')), { persistent: false });
  server = await startTestServer({}, database.url);
  relay = await startRecordingProxy(server.url);
  policyKey = await makePolicyKey(sodium);
  const recovery = await makeRecoveryKey(sodium);
  const recoveryKey = recovery.recoveryKey;
  recoveryKeyFile = recovery.keyFile;
  const installationPolicy = agencyInstallation(sodium, {
    format: 1,
    agencyName: 'Riverbend Peer Services',
    recoveryKeys: [recoveryKey],
    policyKeys: policyKey.policyKeys,
    policies: { supervisorReviews: ['service-note', 'recovery-plan', 'wellness-plan'], coSignRequired: ['service-note'] },
  });
  const open = async (notebook: 'jordan' | 'empty' | 'another') => {
    const app = await openApp({ notebook, installationPolicy });
    apps.push(app);
    return app;
  };
  let blairApp: LaunchedApp;
  [danaApp, blairApp, samApp] = await Promise.all([open('jordan'), open('empty'), open('another')]);
  const [danaPage, blairPage, samPage] = [danaApp.page, blairApp.page, samApp.page];
  await unlockToJordan(danaPage);
  await unlockToPeople(blairPage);
  await sayWhoIAm(blairPage, 'Blair Okafor');
  await unlockToPeople(samPage);
  await sayWhoIAm(samPage, 'Sam Whitfield');
  const joined = async (page: Page, role: 'peer' | 'supervisor'): Promise<Member> => {
    const account = await connect(page, server, { address: relay.url });
    const memberId = await addToTeam(server, account, role);
    // Listed by IT but not on a signed list yet: the check sends this notebook's public keys.
    await checkTeam(page, "Your keys were sent to your agency's server");
    return { page, account, memberId };
  };
  dana = await joined(danaPage, 'peer');
  blair = await joined(blairPage, 'peer');
  sam = await joined(samPage, 'supervisor');
  await signTeam(server, policyKey);
}, 240_000);

afterAll(async () => {
  await Promise.all(apps.splice(0).map((app) => app.close()));
  await relay?.stop();
  await server?.stop();
  await database?.stop();
});

describe('a team: two peers and a supervisor through the agency’s server', () => {
  it('each learns their place from the list the agency signed', async () => {
    await checkTeam(dana.page, '0 new items arrived.');
    await waitFor(dana.page.getByText('You are on the team as a peer.'));
    await checkTeam(sam.page, '0 new items arrived.');
    await waitFor(sam.page.getByText('You are on the team as a supervisor.'));
    await checkTeam(blair.page, '0 new items arrived.');
  });

  it('a signed note goes for review; the supervisor co-signs one and returns another with a comment; the peer sees both on Today', async () => {
    const { page } = dana;
    await openPerson(page, 'Jordan Rivers');
    await startRecoveryPlan(page, GOAL, 'Ask about the water butt');
    for (const words of [FIRST, SECOND]) {
      await signNote(page, await writeNote(page, words));
      const note = page.getByRole('listitem').filter({ hasText: words.did });
      // The agency's policy has service notes co-signed: a signed note says so until it is.
      await waitFor(note.getByText("Needs your supervisor's co-signature"));
      await note.getByRole('button', { name: 'Send to my supervisor for review' }).click();
      await waitFor(note.getByText(/^Sent for review on /));
    }

    await checkTeam(sam.page, '2 new items arrived.');
    const fromDana = sam.page.getByRole('region', { name: 'From Dana Peer' });
    const items = fromDana.getByRole('article');
    // The queue is drawn after the status line says what arrived: wait for its second item before counting.
    await waitFor(items.nth(1));
    expect(await items.count()).toBe(2);
    // Oldest first: the first note sent is the first waiting.
    expect(await items.first().textContent()).toContain(FIRST.did);
    await items.first().getByRole('button', { name: 'Co-sign' }).click();
    await waitFor(fromDana.getByRole('article').filter({ hasText: FIRST.did }), { state: 'detached' });
    const second = fromDana.getByRole('article').filter({ hasText: SECOND.did });
    await second.getByLabel('Comment for Dana Peer (plain words)').fill(RETURNED);
    await second.getByRole('button', { name: 'Return with comment' }).click();
    await waitFor(sam.page.getByText('Nothing is waiting for your review.'));

    await checkTeam(page, '2 new items arrived.');
    await page.getByRole('button', { name: 'Today', exact: true }).click();
    await waitFor(todayHeading(page));
    const cameBack = page.getByRole('region', { name: 'Came back from review' });
    await waitFor(cameBack.getByText('co-signed by Sam Whitfield'));
    await waitFor(cameBack.getByText(`returned by Sam Whitfield: "${RETURNED}"`));
    // The returned note still needs co-signing; the co-signed one no longer does.
    const stillNeeded = page.getByRole('region', { name: "Still needs your supervisor's co-signature" });
    await waitFor(
      stillNeeded.getByRole('button', { name: `Jordan Rivers: the note of March 9, 2026 came back from Sam Whitfield: "${RETURNED}"` }),
    );
    expect(await stillNeeded.getByRole('button', { name: /the note of March 2, 2026/ }).count()).toBe(0);
    await openPerson(page, 'Jordan Rivers');
    await tab(page, 'Notes');
    const notes = page.getByRole('listitem');
    await waitFor(notes.filter({ hasText: FIRST.did }).getByText(/^Co-signed by Sam Whitfield on /));
    await waitFor(notes.filter({ hasText: SECOND.did }).getByText(`Returned: ${RETURNED}`));
  });

  it('a peer hands Jordan to another peer with Jordan’s consent: the receiver has the notes and history, the sender keeps a read-only copy', async () => {
    await teamScreen(blair.page);
    const blairFingerprint = (await blair.page.getByTestId('team-fingerprint').textContent())!;
    const { page } = dana;
    await openPerson(page, 'Jordan Rivers');
    await page.getByRole('button', { name: 'Hand over to another peer' }).click();
    await page.getByRole('radio', { name: `Peer with team key fingerprint ${blairFingerprint}` }).check();
    await page.getByLabel("The receiving peer's name").fill('Blair Okafor');
    await page.getByLabel('Day Jordan Rivers agreed').fill('2026-03-10');
    await page.getByLabel('How Jordan Rivers agreed').selectOption({ label: 'Signed a consent form' });
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('button', { name: 'Yes, hand over now' }).click();
    await waitFor(page.getByText(/^Handed over to Blair Okafor on .*, with consent recorded on /));
    expect(await page.getByRole('button', { name: 'Edit the profile' }).count()).toBe(0);

    await checkTeam(blair.page, '1 new item arrived.');
    await openPerson(blair.page, 'Jordan Rivers');
    await tab(blair.page, 'Notes');
    await waitFor(blair.page.getByText(FIRST.did));
    await waitFor(blair.page.getByText(SECOND.did));
    await tab(blair.page, 'History');
    await waitFor(blair.page.getByRole('cell', { name: 'Created: Received from Dana Peer, with consent recorded on March 10, 2026' }));
  });

  it('a peer who left is refused; their supervisor reassigns the rest of their caseload from a backup, through the agency’s keys, without their passphrase', async () => {
    // Dana's notebook still holds Marisol, and Dana backs up (sealed to the agency's recovery key too) before leaving.
    const { page } = dana;
    await page.getByRole('button', { name: 'People', exact: true }).click();
    await addPerson(page, 'Marisol Quintanilla');
    const backup = join(await mkdtemp(join(tmpdir(), 'pn-e2e-team-usb-')), 'dana.pnbackup');
    await openSettings(page, 'Backups');
    danaApp.backupDialogs.saveFile = backup;
    await page.getByRole('button', { name: 'Back up now' }).click();
    await waitFor(page.getByRole('status').filter({ hasText: 'Backed up and checked: dana.pnbackup.' }));

    await teamScreen(dana.page);
    const danaFingerprint = (await dana.page.getByTestId('team-fingerprint').textContent())!;
    await teamAdmin(server, ['team-remove', dana.memberId]);
    await signTeam(server, policyKey);
    await checkTeam(dana.page, 'Your agency has taken you off the team');

    // Blair's next list leaves Dana out: nothing more can be sealed to them.
    await checkTeam(blair.page, '0 new items arrived.');
    await blair.page.getByRole('button', { name: 'Hand over my whole caseload' }).click();
    await waitFor(blair.page.getByText(/^There is no other peer on your team list yet/));
    expect(await blair.page.getByText(danaFingerprint).count()).toBe(0);

    await checkTeam(sam.page, '0 new items arrived.');
    samApp.reassignmentDialog.files = { backup, 'recovery-key': recoveryKeyFile, 'policy-key': policyKey.keyFile };
    const reassign = sam.page.getByRole('region', { name: 'Reassign the caseload of a peer who left' });
    await reassign.getByRole('button', { name: 'Choose the backup of the peer who left' }).click();
    await waitFor(reassign.getByText('Chosen: dana.pnbackup'));
    await reassign.getByRole('button', { name: "Choose the agency's recovery key file" }).click();
    await reassign.getByRole('button', { name: "Choose the agency's policy-signing key file" }).click();
    await reassign.getByLabel("Passphrase of the agency's recovery key file").fill(POLICY_PASSPHRASE);
    await reassign.getByLabel("Passphrase of the agency's policy-signing key file").fill(POLICY_PASSPHRASE);
    await reassign.getByLabel('Peer who receives the caseload').selectOption(blair.memberId);
    await reassign.getByRole('button', { name: 'Review before sending' }).click();
    // Jordan was handed over already: only Marisol is still Dana's.
    await waitFor(reassign.getByText(`This backup is the notebook of member ${dana.memberId}, with 1 person still in their care.`));
    await reassign.getByRole('button', { name: 'Yes, reassign the caseload' }).click();
    await waitFor(reassign.getByText(/^Sent 1 person to member /));

    await checkTeam(blair.page, '1 new item arrived.');
    await openPerson(blair.page, 'Marisol Quintanilla');
    await tab(blair.page, 'History');
    await waitFor(
      blair.page.getByRole('cell', { name: /^Created: Reassigned to you by your agency on .*, from Dana Peer, who left the team$/ }),
    );
  });

  it('the server’s rows and logs, and every byte on the wire, hold none of the words', async () => {
    const held = await server.everythingHeld();
    const carried = relay.carried();
    expect(relay.bytes()).toBeGreaterThan(10_000);
    for (const word of MARKERS) {
      expect(held).not.toContain(word);
      expect(carried).not.toContain(word);
    }
  });
});
