/**
 * The reassignment host calls' own rules, without a server: a cancelled dialog, files the window
 * never chose (or chose as another kind), a notebook not connected to a server, and a job this
 * process does not know are each a plain answer; the server flow is in tests/server/caseload-reassignment.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { loadSodium } from '@shared/crypto/sodium';
import { inEnglish } from '@shared/messages';
import type { ReassignmentStatus } from '@shared/team/reassignment-calls';
import type { SyncServerRemotes } from '../../../electron/main/sync-server-remote';
import { caseloadReassignment } from '../../../electron/main/caseload-reassignment';
import { FakeReassignmentDialog } from './fakes';

const PLACE = 'f'.repeat(32);
const MEMBER = (digit: string) => digit.repeat(32);

function setup() {
  const dialog = new FakeReassignmentDialog();
  const servers = { credentialOf: async () => null } as unknown as SyncServerRemotes;
  const calls = caseloadReassignment({ dialog, servers, policyKeys: [], sodium: loadSodium() });
  return { dialog, calls };
}

async function outcome(calls: ReturnType<typeof setup>['calls'], job: string): Promise<ReassignmentStatus> {
  let status: ReassignmentStatus;
  while ((status = await calls.reassignmentStatus(job)).state !== 'sent' && status.state !== 'failed')
    await new Promise((resolve) => setTimeout(resolve, 5));
  return status;
}

const words = (status: ReassignmentStatus) => (status.state === 'failed' ? inEnglish(status.problems) : status.state);

describe('reassigning a caseload from the main process', () => {
  it('gives the window a token and the file’s name only, and nothing when the dialog is cancelled', async () => {
    const { dialog, calls } = setup();
    expect(await calls.chooseReassignmentFile('backup')).toBeNull();
    dialog.files.backup = '/media/usb/Blair backup.pnbackup';
    expect(await calls.chooseReassignmentFile('backup')).toEqual({
      file: expect.stringMatching(/^[0-9a-f]{32}$/),
      name: 'Blair backup.pnbackup',
    });
    expect(dialog.asked).toEqual(['backup', 'backup']);
  });

  it('refuses files it never chose, or chose as another kind, and a notebook with no server, before anything is read', async () => {
    const { dialog, calls } = setup();
    dialog.files = { backup: '/b.pnbackup', 'recovery-key': '/r.json', 'policy-key': '/p.json' };
    const backup = (await calls.chooseReassignmentFile('backup'))!.file;
    const recoveryKey = (await calls.chooseReassignmentFile('recovery-key'))!.file;
    const policyKey = (await calls.chooseReassignmentFile('policy-key'))!.file;
    const request = {
      backup,
      recoveryKey,
      policyKey,
      recoveryPassphrase: 'x',
      policyPassphrase: 'y',
      to: MEMBER('2'),
    };
    const run = async (changes: Partial<typeof request>) =>
      words(await outcome(calls, (await calls.beginReassignment(PLACE, { ...request, ...changes })).job));
    expect(await run({ backup: recoveryKey })).toMatch(/Choose the file again/);
    expect(await run({ policyKey: MEMBER('9') })).toMatch(/Choose the file again/);
    expect(await run({})).toMatch(/Set up sync with the server in Settings first/);
  });

  it('says so when asked about a job it does not know (the app was restarted), and sends nothing when told to send it', async () => {
    const { calls } = setup();
    await calls.answerReassignment(MEMBER('a'), 'send');
    expect(words(await calls.reassignmentStatus(MEMBER('a')))).toMatch(/no longer knows how this reassignment went/);
  });
});
