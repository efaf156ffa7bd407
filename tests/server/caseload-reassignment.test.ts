/**
 * A supervisor's app reassigns the caseload of a peer who left (electron/main/caseload-reassignment.ts),
 * through a running server: the host calls as the window makes them, with the departed peer's
 * backup and the agency's key files picked in a scripted dialog and the supervisor's enrolled
 * device signing the requests. No member id is given: the backup says whose notebook it is, the
 * supervisor is shown that and the count before anything goes, and going back sends nothing. The
 * receiving peer's notebook files everyone whole, history included; a peer still on the list, a
 * receiver who is not a peer, a peer's own device, wrong key files and passphrases, a damaged
 * backup and one from before its notebook joined a team are each refused in plain words with
 * nothing sent; and the server holds no word of it.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSodium } from '../../shared/crypto/sodium';
import { inEnglish } from '../../shared/messages';
import type { AgencyPublicKey } from '../../shared/agency/agency-config';
import type { ReassignmentRequest, ReassignmentStatus } from '../../shared/team/reassignment-calls';
import { COMMUNITY_VAULT_POLICY, type VaultPolicy } from '../../renderer/src/vault/vault-policy';
import { createTeamServerClient, type TeamServerClient } from '../../electron/main/team-server-client';
import type { ServerCredential } from '../../electron/main/sync-server-client';
import type { SyncServerRemotes } from '../../electron/main/sync-server-remote';
import { caseloadReassignment } from '../../electron/main/caseload-reassignment';
import { FakeReassignmentDialog } from '../electron/main/fakes';
import { callsOf, createdVault } from '../renderer/vault/vault-fixture';
import { MEETING } from '../shared/records/service-note-fixtures';
import { startTestServer, type TestServer } from './server-fixture';
import { addToTeam, makePolicyKey, makeRecoveryKey, POLICY_PASSPHRASE, signTeam, teamAdmin, type TestAgencyKeys } from './team-fixture';

const MARKERS = ['Marisol', 'Tobias', 'cerulean heron', 'juniper promises', 'Blair Okafor'];
const PLACE = 'f'.repeat(32);

let server: TestServer;
let agency: TestAgencyKeys;
let policy: VaultPolicy;
let folder: string;

interface Member {
  call: ReturnType<typeof callsOf>;
  client: TeamServerClient;
  credential: ServerCredential;
  memberId: string;
}

async function member(role: 'peer' | 'supervisor'): Promise<Member> {
  const { vault } = await createdVault({ policy });
  const call = callsOf(vault);
  const { account, credential } = await server.enrol();
  const memberId = await addToTeam(server, account, role);
  const client = createTeamServerClient(credential);
  const status = await call('team.status');
  await client.publishKeys({ signingKey: status.signingKey, sealingKey: status.sealingKey });
  return { call, client, credential, memberId };
}

async function refreshTeam(who: Member) {
  const team = await who.client.team();
  return who.call('team.acceptDirectory', { directory: JSON.parse(team.directory!), memberId: team.memberId });
}

/** A backup of the notebook as the app writes one, its file key also sealed to the agency's recovery key; its path. */
async function backupFile(who: Pick<Member, 'call'>, recoveryKey: AgencyPublicKey, name: string): Promise<string> {
  const { exportId } = await who.call('backup.exportBegin', { agency: { recoveryKeys: [recoveryKey], policyKeys: [] } });
  const pieces: Uint8Array[] = [];
  for (;;) {
    const { piece, done } = await who.call('backup.exportNext', { exportId });
    pieces.push(piece as Uint8Array);
    if (done) break;
  }
  const path = join(folder, name);
  await writeFile(path, Buffer.concat(pieces));
  return path;
}

/** The app's host calls for `device`, with the dialog the supervisor picks files in. */
function hostOf(device: Member) {
  const dialog = new FakeReassignmentDialog();
  const servers = { credentialOf: async (token: string) => (token === PLACE ? device.credential : null) } as SyncServerRemotes;
  const calls = caseloadReassignment({ dialog, servers, policyKeys: agency.policyKeys, sodium: loadSodium() });
  const settled = async (job: string) => {
    let status: ReassignmentStatus;
    while (!['ready', 'sent', 'failed'].includes((status = await calls.reassignmentStatus(job)).state))
      await new Promise((resolve) => setTimeout(resolve, 20));
    return status;
  };
  /**
   * Picks the three files as the supervisor would, starts, and waits until it is ready for review
   * or stopped; a ready one is answered with `answer` and waited on until it is sent. Gives what
   * the review showed (`ready`) and how it ended.
   */
  async function reassign(
    files: { backup: string; recoveryKey: string; policyKey: string },
    request: Partial<ReassignmentRequest>,
    answer: 'send' | 'cancel' = 'send',
  ) {
    const tokens: Record<string, string> = {};
    for (const [file, path] of [
      ['backup', files.backup],
      ['recovery-key', files.recoveryKey],
      ['policy-key', files.policyKey],
    ] as const) {
      dialog.files[file] = path;
      tokens[file] = (await calls.chooseReassignmentFile(file))!.file;
    }
    const { job } = await calls.beginReassignment(PLACE, {
      backup: tokens.backup!,
      recoveryKey: tokens['recovery-key']!,
      policyKey: tokens['policy-key']!,
      recoveryPassphrase: POLICY_PASSPHRASE,
      policyPassphrase: POLICY_PASSPHRASE,
      to: '0'.repeat(32),
      ...request,
    });
    const review = await settled(job);
    if (review.state === 'failed') return { failed: inEnglish(review.problems) };
    expect(review.state).toBe('ready');
    await calls.answerReassignment(job, answer);
    const status = await settled(job);
    return { ready: review, ended: status.state === 'failed' ? inEnglish(status.problems) : status };
  }
  return { calls, dialog, reassign };
}

let blair: Member;
let casey: Member;
let sam: Member;
let recovery: Awaited<ReturnType<typeof makeRecoveryKey>>;
let blairBackup: string;
let marisolId: string;
let tobiasId: string;

beforeAll(async () => {
  const sodium = await loadSodium();
  server = await startTestServer();
  folder = await mkdtemp(join(tmpdir(), 'pn-reassign-'));
  agency = await makePolicyKey(sodium);
  recovery = await makeRecoveryKey(sodium);
  policy = { ...COMMUNITY_VAULT_POLICY, team: { ...COMMUNITY_VAULT_POLICY.team, policyKeys: agency.policyKeys } };
  blair = await member('peer');
  casey = await member('peer');
  sam = await member('supervisor');
  await signTeam(server, agency);
  for (const who of [blair, casey, sam]) await refreshTeam(who);

  await blair.call('peer.save', { name: 'Blair Okafor' });
  marisolId = (await blair.call('people.save', { id: null, fields: { preferredName: 'Marisol' } })).id;
  await blair.call('notes.saveDraft', { personId: marisolId, id: null, fields: { ...MEETING, whatWeDid: 'cerulean heron walk' } });
  tobiasId = (await blair.call('people.save', { id: null, fields: { preferredName: 'Tobias' } })).id;
  await blair.call('notes.saveDraft', { personId: tobiasId, id: null, fields: { ...MEETING, whatWeDid: 'juniper promises, kept' } });
  blairBackup = await backupFile(blair, recovery.recoveryKey, 'blair.pnbackup');
});
afterAll(() => server.stop());

describe("a supervisor's app reassigns a departed peer's caseload", () => {
  const files = () => ({ backup: blairBackup, recoveryKey: recovery.keyFile, policyKey: agency.keyFile });

  it('refuses while the peer is still on the list, to a receiver who is not a peer, and from a peer’s own device', async () => {
    const { reassign } = hostOf(sam);
    expect(await reassign(files(), { to: casey.memberId })).toEqual({
      failed: expect.stringMatching(new RegExp(`Member ${blair.memberId} is still on your team list, so nothing was sent`)),
    });
    await teamAdmin(server, ['team-remove', blair.memberId]);
    await signTeam(server, agency);
    expect(await reassign(files(), { to: sam.memberId })).toEqual({
      failed: expect.stringMatching(/is not a peer on your team list, so nothing was sent/),
    });
    expect(await hostOf(casey).reassign(files(), { to: casey.memberId })).toEqual({
      failed: expect.stringMatching(/Only a supervisor on your team list can reassign a caseload/),
    });
  });

  it('refuses wrong key files and passphrases, a damaged backup and one that does not say whose it is, sending nothing', async () => {
    const { reassign } = hostOf(sam);
    const toCasey = { to: casey.memberId };
    expect(await reassign(files(), { ...toCasey, recoveryPassphrase: 'not the passphrase' })).toEqual({
      failed: expect.stringMatching(/passphrase doesn't open the agency's recovery key file/),
    });
    expect(await reassign({ ...files(), recoveryKey: agency.keyFile }, toCasey)).toEqual({
      failed: expect.stringMatching(/not your agency's recovery key file/),
    });
    expect(await reassign({ ...files(), policyKey: blairBackup }, toCasey)).toEqual({
      failed: expect.stringMatching(/not your agency's policy-signing key file/),
    });
    const otherAgency = await makeRecoveryKey(await loadSodium());
    expect(await reassign({ ...files(), recoveryKey: otherAgency.keyFile }, toCasey)).toEqual({
      failed: expect.stringMatching(/^This backup was not sealed to this recovery key, so it cannot be opened and nothing was sent\./),
    });
    const bytes = await readFile(blairBackup);
    bytes[bytes.length - 100]! ^= 1;
    const damaged = join(folder, 'damaged.pnbackup');
    await writeFile(damaged, bytes);
    const refused = await reassign({ ...files(), backup: damaged }, toCasey);
    expect(refused).toEqual({
      failed: expect.stringMatching(/^This backup file is damaged \(.+\), so it cannot be trusted and nothing was sent\./),
    });
    expect(refused.failed).not.toMatch(/restored/);
    expect(await reassign({ ...files(), backup: join(folder, 'gone.pnbackup') }, toCasey)).toEqual({
      failed:
        'The file gone.pnbackup could not be read: the drive may have been removed, or this computer may not open it. Nothing was sent. Check the file and choose it again.',
    });
    // A notebook that never joined a team: its backup cannot say whose it is.
    const loner = callsOf((await createdVault({ policy })).vault);
    await loner('people.save', { id: null, fields: { preferredName: 'Marisol' } });
    const lonerBackup = await backupFile({ call: loner }, recovery.recoveryKey, 'loner.pnbackup');
    expect(await reassign({ ...files(), backup: lonerBackup }, toCasey)).toEqual({
      failed: expect.stringMatching(/^This backup cannot be reassigned: it does not say whose notebook it is/),
    });
    expect((await casey.client.mail(0)).mail).toEqual([]);
  });

  it('shows whose notebook it is from the backup alone, sends nothing on going back, and on yes the receiver files everyone whole', async () => {
    const { reassign } = hostOf(sam);
    const backedOut = await reassign(files(), { to: casey.memberId }, 'cancel');
    expect(backedOut).toEqual({
      ready: { state: 'ready', from: blair.memberId, people: 2 },
      ended: expect.stringMatching(/no longer knows how this reassignment went/),
    });
    expect((await casey.client.mail(0)).mail).toEqual([]);

    expect(await reassign(files(), { to: casey.memberId })).toEqual({
      ready: { state: 'ready', from: blair.memberId, people: 2 },
      ended: { state: 'sent', from: blair.memberId, people: 2, records: 4, historyLines: expect.any(Number), unreadableHistory: 0 },
    });
    expect(await casey.call('team.receive', { mail: (await casey.client.mail(0)).mail })).toEqual({ filed: 1, problems: [] });
    expect((await casey.call('people.list')).map((person) => person.preferredName).sort()).toEqual(['Marisol', 'Tobias']);
    expect((await casey.call('notes.list', { personId: tobiasId })).map((note) => note.fields.whatWeDid)).toEqual([
      'juniper promises, kept',
    ]);
    const history = (await casey.call('audit.history', { personId: marisolId })).events.map((event) => event.summary);
    expect(history).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Reassigned to you by your agency on \w+ \d+, \d{4}, from Blair Okafor, who left the team$/),
      ]),
    );
    expect(history.length).toBeGreaterThan(2);
    await casey.call('people.save', { id: tobiasId, fields: { preferredName: 'Tobias', pronouns: 'he/him' } });

    const held = await server.everythingHeld();
    for (const marker of MARKERS) expect(held).not.toContain(marker);
  });
});
