/**
 * A team as an agency runs one: two peers (Dana Peer, who walks with Jordan Rivers, and Blair
 * Okafor) and their supervisor (Sam Whitfield), three notebooks on three computers, a real sync
 * server on an embedded PostgreSQL, reached through a relay that keeps every byte it carries. The
 * agency's IT puts each on the team with the admin tool and signs the list; a note goes for review
 * and is co-signed, another is returned with a comment, and the peer sees both on Today; a removed
 * peer is refused. Neither the server's database and logs nor the traffic holds a word written.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { loadSodium } from '@shared/crypto/sodium';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../../server/embedded-database';
import { startTestServer, type TestServer } from '../server/server-fixture';
import { addToTeam, makePolicyKey, makeRecoveryKey, signTeam, teamAdmin, type TestAgencyKeys } from '../server/team-fixture';
import { startRecordingProxy, type RecordingProxy } from '../support/recording-proxy';
import { agencyInstallation } from '../support/installation';
import type { LaunchedApp } from './harness';
import { openApp } from './app';
import { openSettings, signNote, startRecoveryPlan, tab, todayHeading, unlockToJordan, unlockToPeople, writeNote } from './flows';
import { connect, openPerson } from './server-flows';

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
  await page.getByRole('heading', { name: 'Your team', exact: true }).waitFor();
};

/** The Team screen's check: the signed list, then the mailbox; waits for what it said. */
async function checkTeam(page: Page, said: string | RegExp): Promise<void> {
  await teamScreen(page);
  await page.getByRole('button', { name: 'Check for team updates' }).click();
  await page.getByRole('status').filter({ hasText: said }).waitFor({ timeout: 30_000 });
}

async function sayWhoIAm(page: Page, name: string): Promise<void> {
  await openSettings(page, 'About you');
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Your credential').fill('CPSS');
  await page.getByRole('button', { name: 'Save about you' }).click();
  await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
}

beforeAll(async () => {
  const sodium = await loadSodium();
  database = await startEmbeddedDatabase(await mkdtemp(join(tmpdir(), 'pn-e2e-team-db-')), { persistent: false });
  server = await startTestServer({}, database.url);
  relay = await startRecordingProxy(server.url);
  policyKey = await makePolicyKey(sodium);
  const { recoveryKey } = await makeRecoveryKey(sodium);
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
    return app.page;
  };
  const [danaPage, blairPage, samPage] = await Promise.all([open('jordan'), open('empty'), open('another')]);
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
    await dana.page.getByText('You are on the team as a peer.').waitFor();
    await checkTeam(sam.page, '0 new items arrived.');
    await sam.page.getByText('You are on the team as a supervisor.').waitFor();
    await checkTeam(blair.page, '0 new items arrived.');
  });

  it('a signed note goes for review; the supervisor co-signs one and returns another with a comment; the peer sees both on Today', async () => {
    const { page } = dana;
    await openPerson(page, 'Jordan Rivers');
    await startRecoveryPlan(page, GOAL, 'Ask about the water butt');
    for (const words of [FIRST, SECOND]) {
      await signNote(page, await writeNote(page, words));
      const note = page.getByRole('listitem').filter({ hasText: words.did });
      await note.getByRole('button', { name: 'Send to my supervisor for review' }).click();
      await note.getByRole('status').filter({ hasText: 'Sent to your supervisor.' }).waitFor();
    }

    await checkTeam(sam.page, '2 new items arrived.');
    const fromDana = sam.page.getByRole('region', { name: 'From Dana Peer' });
    const items = fromDana.getByRole('article');
    expect(await items.count()).toBe(2);
    // Oldest first: the first note sent is the first waiting.
    expect(await items.first().textContent()).toContain(FIRST.did);
    await items.first().getByRole('button', { name: 'Co-sign' }).click();
    await fromDana.getByRole('article').filter({ hasText: FIRST.did }).waitFor({ state: 'detached' });
    const second = fromDana.getByRole('article').filter({ hasText: SECOND.did });
    await second.getByLabel('Comment for Dana Peer (plain words)').fill(RETURNED);
    await second.getByRole('button', { name: 'Return with comment' }).click();
    await sam.page.getByText('Nothing is waiting for your review.').waitFor();

    await checkTeam(page, '2 new items arrived.');
    await page.getByRole('button', { name: 'Today', exact: true }).click();
    await todayHeading(page).waitFor();
    const cameBack = page.getByRole('region', { name: 'Came back from review' });
    await cameBack.getByText('co-signed by Sam Whitfield').waitFor();
    await cameBack.getByText(`returned by Sam Whitfield: "${RETURNED}"`).waitFor();
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
    await page.getByText(/^Handed over to Blair Okafor on .*, with consent recorded on /).waitFor();
    expect(await page.getByRole('button', { name: 'Edit the profile' }).count()).toBe(0);

    await checkTeam(blair.page, '1 new item arrived.');
    await openPerson(blair.page, 'Jordan Rivers');
    await tab(blair.page, 'Notes');
    await blair.page.getByText(FIRST.did).waitFor();
    await blair.page.getByText(SECOND.did).waitFor();
    await tab(blair.page, 'History');
    await blair.page.getByRole('cell', { name: 'Created: Received from Dana Peer, with consent recorded on March 10, 2026' }).waitFor();
  });

  it('a peer the agency took off the team is refused, and nothing more is sealed to them', async () => {
    await teamAdmin(server, ['team-remove', blair.memberId]);
    await signTeam(server, policyKey);
    await checkTeam(blair.page, 'Your agency has taken you off the team');
    await checkTeam(dana.page, '0 new items arrived.');
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
